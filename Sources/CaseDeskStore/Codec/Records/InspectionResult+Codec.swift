import CaseDeskDomain

/// JSON encoding of an inspection's result: `{"outcome","findings","stamp"}`.
extension InspectionResult {
  /// Writes the result as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("outcome", outcome)
      w.field("findings", findings)
      w.field("stamp", stamp)
    }
  }

  /// Reads a result written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionResult {
    var outcome: Inspection.Outcome?
    var findings: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "outcome": outcome = try r.readEnum(Inspection.Outcome.self)
      case "findings": findings = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return InspectionResult(
      outcome: try reader.required(outcome, "outcome"),
      findings: try reader.required(findings, "findings"),
      stamp: try reader.required(stamp, "stamp"))
  }
}
