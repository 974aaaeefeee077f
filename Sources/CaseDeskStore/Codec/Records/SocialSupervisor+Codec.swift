import CaseDeskDomain

/// The JSON form of a social supervisor (in staff changes and the snapshot).
///
/// `{"id","name","organisation","termFrom","termTo","active","appointed":{"by","at"}}`.
extension SocialSupervisor {
  /// Writes the supervisor as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("name", name)
      w.field("organisation", organisation)
      w.field("termFrom", termFrom)
      w.field("termTo", termTo)
      w.field("active", isActive)
      w.field("appointed", ActionStamp(actor: appointedBy, time: appointedAt))
    }
  }

  /// Reads a supervisor written by `write(to:)`; `active` defaults to true when absent.
  static func read(from reader: inout JSONReader) throws(CodecError) -> SocialSupervisor {
    var id: SupervisorID?
    var name: String?
    var organisation: String?
    var termFrom: Day?
    var termTo: Day?
    var isActive = true
    var appointed: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "name": name = try r.readString()
      case "organisation": organisation = try r.readString()
      case "termFrom": termFrom = try r.readDay()
      case "termTo": termTo = try r.readDay()
      case "active": isActive = try r.readBool()
      case "appointed": appointed = try r.readStamp()
      default: try r.skipValue()
      }
    }
    let stamp = try reader.required(appointed, "appointed")
    return SocialSupervisor(
      id: try reader.required(id, "id"), name: try reader.required(name, "name"),
      organisation: try reader.required(organisation, "organisation"),
      termFrom: try reader.required(termFrom, "termFrom"),
      termTo: try reader.required(termTo, "termTo"), isActive: isActive,
      appointedBy: stamp.actor, appointedAt: stamp.time)
  }
}
