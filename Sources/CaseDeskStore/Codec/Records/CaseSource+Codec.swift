import CaseDeskDomain

/// The JSON encoding of where a case came from: `{"kind":"clue","clue":…}`.
///
/// Kinds: `clue` (with `clue`), `inspection` (with `inspection`), `other` (with `text`).
extension CaseSource {
  /// Writes the source as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .clue(let id):
        w.field("kind", "clue")
        w.field("clue", id)
      case .inspection(let id):
        w.field("kind", "inspection")
        w.field("inspection", id)
      case .other(let text):
        w.field("kind", "other")
        w.field("text", text)
      }
    }
  }

  /// Reads a source written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseSource {
    var kind: String?
    var clue: ClueID?
    var inspection: InspectionID?
    var text: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "clue": clue = try r.readID()
      case "inspection": inspection = try r.readID()
      case "text": text = try r.readString()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "clue": return .clue(try reader.required(clue, "clue"))
    case "inspection": return .inspection(try reader.required(inspection, "inspection"))
    case "other": return .other(try reader.required(text, "text"))
    case let other: throw reader.error("unknown case source kind \(other)")
    }
  }
}
