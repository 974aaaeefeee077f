import CaseDeskDomain

/// The JSON encoding of one case review and who made it.
extension CaseReviewRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("outcome")
      outcome.write(to: &w)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseReviewRecord {
    var outcome: ReviewOutcome?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "outcome": outcome = try ReviewOutcome.read(from: &r)
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try CaseReviewRecord(
      outcome: reader.required(outcome, "outcome"), stamp: reader.required(stamp, "stamp"))
  }
}
