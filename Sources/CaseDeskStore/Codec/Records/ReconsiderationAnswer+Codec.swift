import CaseDeskDomain

/// The JSON encoding of the police's answer to a reconsideration: `{"kind":…,…}`.
///
/// Kinds: `upheld` (with `reasons`), `reversed` (with `decision`, the new police decision).
extension ReconsiderationAnswer {
  /// Writes the answer as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .upheld(let reasons):
        w.field("kind", "upheld")
        w.field("reasons", reasons)
      case .reversed(let decision):
        w.field("kind", "reversed")
        w.key("decision")
        decision.write(to: &w)
      }
    }
  }

  /// Reads an answer written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ReconsiderationAnswer {
    var kind: String?
    var reasons: String?
    var decision: PoliceDecision?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "reasons": reasons = try r.readString()
      case "decision": decision = try PoliceDecision.read(from: &r)
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "upheld": return .upheld(reasons: try reader.required(reasons, "reasons"))
    case "reversed": return .reversed(try reader.required(decision, "decision"))
    case let other: throw reader.error("unknown reconsideration answer kind \(other)")
    }
  }
}
