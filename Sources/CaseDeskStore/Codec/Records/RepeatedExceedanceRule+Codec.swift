import CaseDeskDomain

/// JSON encoding of the repeated-exceedance rule: `{"minimumCount","windowDays"}`.
extension RepeatedExceedanceRule {
  /// Writes the rule as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("minimumCount", minimumCount)
      w.field("windowDays", windowDays)
    }
  }

  /// Reads a rule written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RepeatedExceedanceRule {
    var minimumCount: Int?
    var windowDays: Int?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "minimumCount": minimumCount = try r.readInt()
      case "windowDays": windowDays = try r.readInt()
      default: try r.skipValue()
      }
    }
    return RepeatedExceedanceRule(
      minimumCount: try reader.required(minimumCount, "minimumCount"),
      windowDays: try reader.required(windowDays, "windowDays"))
  }
}
