import CaseDeskDomain

/// The JSON encoding of a request to reconsider a police refusal.
extension Reconsideration {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("grounds", grounds)
      w.field("requested", requested)
      if let answer {
        w.key("answer")
        answer.write(to: &w)
      }
      w.field("answered", answered)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Reconsideration {
    var grounds: String?
    var requested: ActionStamp?
    var answer: ReconsiderationAnswer?
    var answered: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "grounds": grounds = try r.readString()
      case "requested": requested = try r.readStamp()
      case "answer": answer = try ReconsiderationAnswer.read(from: &r)
      case "answered": answered = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try Reconsideration(
      grounds: reader.required(grounds, "grounds"),
      requested: reader.required(requested, "requested"), answer: answer, answered: answered)
  }
}
