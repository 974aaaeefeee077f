import CaseDeskDomain

/// The JSON encoding of evidence preserved in advance and its outcome.
extension EvidencePreservation {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("items", items)
      w.field("preserved", preserved)
      w.field("outcome", outcome)
      w.field("outcomeNote", outcomeNote)
      w.field("decided", decided)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EvidencePreservation {
    var items: String?
    var preserved: ActionStamp?
    var outcome: PreservationOutcome?
    var outcomeNote: String?
    var decided: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "items": items = try r.readString()
      case "preserved": preserved = try r.readStamp()
      case "outcome": outcome = try r.readEnum(PreservationOutcome.self)
      case "outcomeNote": outcomeNote = try r.readString()
      case "decided": decided = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try EvidencePreservation(
      items: reader.required(items, "items"), preserved: reader.required(preserved, "preserved"),
      outcome: outcome, outcomeNote: reader.required(outcomeNote, "outcomeNote"), decided: decided)
  }
}
