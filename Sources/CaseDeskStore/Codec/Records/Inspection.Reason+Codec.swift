import CaseDeskDomain

/// JSON encoding of an inspection's stated reason, tagged by `kind`.
///
/// `{"kind":"clue","clue":id}`, `{"kind":"complaint","reference":…}` or
/// `{"kind":"randomSampling","reference":…}`.
extension Inspection.Reason {
  /// Writes the reason as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .clue(let id):
        w.field("kind", "clue")
        w.field("clue", id)
      case .complaint(let reference):
        w.field("kind", "complaint")
        w.field("reference", reference)
      case .randomSampling(let reference):
        w.field("kind", "randomSampling")
        w.field("reference", reference)
      }
    }
  }

  /// Reads a reason written by `write(to:)`; the keys may come in any order.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Inspection.Reason {
    var kind: String?
    var clue: ClueID?
    var reference: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "clue": clue = try r.readID()
      case "reference": reference = try r.readString()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "clue": return .clue(try reader.required(clue, "clue"))
    case "complaint": return .complaint(try reader.required(reference, "reference"))
    case "randomSampling": return .randomSampling(try reader.required(reference, "reference"))
    case let other: throw reader.error("unknown inspection reason kind \(other)")
    }
  }
}
