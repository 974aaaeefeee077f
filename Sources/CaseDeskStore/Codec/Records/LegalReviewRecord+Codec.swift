import CaseDeskDomain

/// The JSON encoding of one legal review.
extension LegalReviewRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("checklist")
      checklist.write(to: &w)
      w.key("outcome")
      outcome.write(to: &w)
      w.field("round", round)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> LegalReviewRecord {
    var checklist: LegalReviewChecklist?
    var outcome: ReviewOutcome?
    var round: Int?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "checklist": checklist = try LegalReviewChecklist.read(from: &r)
      case "outcome": outcome = try ReviewOutcome.read(from: &r)
      case "round": round = try r.readInt()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try LegalReviewRecord(
      checklist: reader.required(checklist, "checklist"),
      outcome: reader.required(outcome, "outcome"), round: reader.required(round, "round"),
      stamp: reader.required(stamp, "stamp"))
  }
}
