import CaseDeskDomain

/// JSON encoding of a QR scan-in: `{"scannedAt","place","officers","verification","stamp"}`.
///
/// The officer list is left out when empty and read back as empty.
extension InspectionScanIn {
  /// Writes the scan-in as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("scannedAt", scannedAt)
      w.field("place", place)
      if !officers.isEmpty { w.field("officers", array: officers) { $1.write(to: &$0) } }
      w.field("verification", verification)
      w.field("stamp", stamp)
    }
  }

  /// Reads a scan-in written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionScanIn {
    var scannedAt: Timestamp?
    var place: String?
    var officers: [Officer] = []
    var verification: Verification?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "scannedAt": scannedAt = try r.readTimestamp()
      case "place": place = try r.readString()
      case "officers": officers = try Officer.readList(from: &r)
      case "verification": verification = try r.readEnum(Verification.self)
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return InspectionScanIn(
      scannedAt: try reader.required(scannedAt, "scannedAt"),
      place: try reader.required(place, "place"), officers: officers,
      verification: try reader.required(verification, "verification"),
      stamp: try reader.required(stamp, "stamp"))
  }
}
