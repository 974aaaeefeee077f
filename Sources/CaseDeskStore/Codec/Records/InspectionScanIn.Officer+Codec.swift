import CaseDeskDomain

/// JSON encoding of an officer at a scan-in: `{"staff","certificate"}`.
extension InspectionScanIn.Officer {
  /// Writes the officer as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("staff", staff)
      w.field("certificate", certificateNumber)
    }
  }

  /// Reads an officer written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionScanIn.Officer {
    var staff: StaffID?
    var certificate: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "staff": staff = try r.readID()
      case "certificate": certificate = try r.readString()
      default: try r.skipValue()
      }
    }
    return InspectionScanIn.Officer(
      staff: try reader.required(staff, "staff"),
      certificateNumber: try reader.required(certificate, "certificate"))
  }

  /// Reads a list of officers.
  static func readList(from reader: inout JSONReader) throws(CodecError)
    -> [InspectionScanIn.Officer]
  {
    try reader.readArray(of: { (r: inout JSONReader) throws(CodecError) in try read(from: &r) })
  }
}
