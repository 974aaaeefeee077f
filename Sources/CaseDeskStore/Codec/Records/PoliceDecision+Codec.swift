import CaseDeskDomain

/// The JSON encoding of the police's decision on a referral: `{"kind":…,…}`.
///
/// Kinds: `filed`, `notFiled` (with `reasons`), `detentionDecided` (with `days`,
/// `lessSerious`), `refused` (with `reasons`).
extension PoliceDecision {
  /// Writes the decision as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .filed: w.field("kind", "filed")
      case .notFiled(let reasons):
        w.field("kind", "notFiled")
        w.field("reasons", reasons)
      case .detentionDecided(let days, let lessSerious):
        w.field("kind", "detentionDecided")
        w.field("days", days)
        w.field("lessSerious", lessSerious)
      case .refused(let reasons):
        w.field("kind", "refused")
        w.field("reasons", reasons)
      }
    }
  }

  /// Reads a decision written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PoliceDecision {
    var kind: String?
    var reasons: String?
    var days: Int?
    var lessSerious: Bool?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "reasons": reasons = try r.readString()
      case "days": days = try r.readInt()
      case "lessSerious": lessSerious = try r.readBool()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "filed": return .filed
    case "notFiled": return .notFiled(reasons: try reader.required(reasons, "reasons"))
    case "detentionDecided":
      return .detentionDecided(
        days: try reader.required(days, "days"),
        lessSerious: try reader.required(lessSerious, "lessSerious"))
    case "refused": return .refused(reasons: try reader.required(reasons, "reasons"))
    case let other: throw reader.error("unknown police decision kind \(other)")
    }
  }
}
