import CaseDeskDomain

/// The JSON encoding of a review's outcome: `{"kind":"passed","opinion":…}`.
///
/// Kinds: `passed` (with `opinion`), `sentBack` (with `reasons`).
extension ReviewOutcome {
  /// Writes the outcome as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .passed(let opinion):
        w.field("kind", "passed")
        w.field("opinion", opinion)
      case .sentBack(let reasons):
        w.field("kind", "sentBack")
        w.field("reasons", reasons)
      }
    }
  }

  /// Reads an outcome written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ReviewOutcome {
    var kind: String?
    var opinion: String?
    var reasons: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "opinion": opinion = try r.readString()
      case "reasons": reasons = try r.readString()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "passed": return .passed(opinion: try reader.required(opinion, "opinion"))
    case "sentBack": return .sentBack(reasons: try reader.required(reasons, "reasons"))
    case let other: throw reader.error("unknown review outcome kind \(other)")
    }
  }
}
