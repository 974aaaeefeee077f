import CaseDeskDomain

/// JSON encoding of a health-check problem's verification.
///
/// `{"fixed","verifiedOn","officer","stamp"}`.
extension HealthCheckVerification {
  /// Writes the verification as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("fixed", isFixed)
      w.field("verifiedOn", verifiedOn)
      w.field("officer", officer)
      w.field("stamp", stamp)
    }
  }

  /// Reads a verification written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> HealthCheckVerification {
    var fixed: Bool?
    var verifiedOn: Day?
    var officer: StaffID?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "fixed": fixed = try r.readBool()
      case "verifiedOn": verifiedOn = try r.readDay()
      case "officer": officer = try r.readID()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return HealthCheckVerification(
      isFixed: try reader.required(fixed, "fixed"),
      verifiedOn: try reader.required(verifiedOn, "verifiedOn"),
      officer: try reader.required(officer, "officer"), stamp: try reader.required(stamp, "stamp"))
  }
}
