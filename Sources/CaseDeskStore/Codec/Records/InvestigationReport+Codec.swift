import CaseDeskDomain

/// The JSON encoding of an investigation's final report.
extension InvestigationReport {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("facts", facts)
      w.field("evidence", evidence)
      w.field("proposedOutcome", proposedOutcome)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InvestigationReport {
    var facts: String?
    var evidence: String?
    var proposedOutcome: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "facts": facts = try r.readString()
      case "evidence": evidence = try r.readString()
      case "proposedOutcome": proposedOutcome = try r.readString()
      default: try r.skipValue()
      }
    }
    return try InvestigationReport(
      facts: reader.required(facts, "facts"), evidence: reader.required(evidence, "evidence"),
      proposedOutcome: reader.required(proposedOutcome, "proposedOutcome"))
  }
}
