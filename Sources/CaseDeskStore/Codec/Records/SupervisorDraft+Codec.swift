import CaseDeskDomain

/// The JSON form of a social supervisor's form as filled in (a saved draft).
///
/// `{"name","organisation","termFrom","termTo"}`.
extension SupervisorDraft {
  /// Writes the draft as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("name", name)
      w.field("organisation", organisation)
      w.field("termFrom", termFrom)
      w.field("termTo", termTo)
    }
  }

  /// Reads a draft written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> SupervisorDraft {
    var name: String?
    var organisation: String?
    var termFrom: Day?
    var termTo: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "name": name = try r.readString()
      case "organisation": organisation = try r.readString()
      case "termFrom": termFrom = try r.readDay()
      case "termTo": termTo = try r.readDay()
      default: try r.skipValue()
      }
    }
    return SupervisorDraft(
      name: try reader.required(name, "name"),
      organisation: try reader.required(organisation, "organisation"),
      termFrom: try reader.required(termFrom, "termFrom"),
      termTo: try reader.required(termTo, "termTo"))
  }
}
