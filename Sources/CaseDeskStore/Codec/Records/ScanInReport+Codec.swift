import CaseDeskDomain

/// JSON encoding of a scan-in system's report: `{"scannedAt","place","officers","verification"}`.
///
/// The officer list is left out when empty and read back as empty.
extension ScanInReport {
  /// Writes the report as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("scannedAt", scannedAt)
      w.field("place", place)
      if !officers.isEmpty { w.field("officers", ids: officers) }
      w.field("verification", verification)
    }
  }

  /// Reads a report written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ScanInReport {
    var scannedAt: Timestamp?
    var place: String?
    var officers: [StaffID] = []
    var verification: InspectionScanIn.Verification?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "scannedAt": scannedAt = try r.readTimestamp()
      case "place": place = try r.readString()
      case "officers": officers = try r.readIDs()
      case "verification": verification = try r.readEnum(InspectionScanIn.Verification.self)
      default: try r.skipValue()
      }
    }
    return ScanInReport(
      scannedAt: try reader.required(scannedAt, "scannedAt"),
      place: try reader.required(place, "place"), officers: officers,
      verification: try reader.required(verification, "verification"))
  }
}
