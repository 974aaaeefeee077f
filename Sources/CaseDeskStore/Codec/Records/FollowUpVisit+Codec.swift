import CaseDeskDomain

/// The JSON form of a follow-up visit or leader's contact (in service changes and the snapshot).
///
/// `{"id","enterprise","kind","visitedOn","visitor","summary","satisfaction"?,"request"?,
/// "recorded":{"by","at"}}`.
extension FollowUpVisit {
  /// Writes the visit as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("enterprise", enterprise)
      w.field("kind", kind)
      w.field("visitedOn", visitedOn)
      w.field("visitor", visitor)
      w.field("summary", summary)
      w.field("satisfaction", satisfaction)
      w.field("request", request)
      w.field("recorded", ActionStamp(actor: recordedBy, time: recordedAt))
    }
  }

  /// Reads a visit written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> FollowUpVisit {
    var id: FollowUpVisitID?
    var enterprise: EnterpriseID?
    var kind: Kind?
    var visitedOn: Day?
    var visitor: StaffID?
    var summary: String?
    var satisfaction: Satisfaction?
    var request: ServiceRequestID?
    var recorded: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "kind": kind = try r.readEnum(Kind.self)
      case "visitedOn": visitedOn = try r.readDay()
      case "visitor": visitor = try r.readID()
      case "summary": summary = try r.readString()
      case "satisfaction": satisfaction = try r.readEnum(Satisfaction.self)
      case "request": request = try r.readID()
      case "recorded": recorded = try r.readStamp()
      default: try r.skipValue()
      }
    }
    let stamp = try reader.required(recorded, "recorded")
    return FollowUpVisit(
      id: try reader.required(id, "id"), enterprise: try reader.required(enterprise, "enterprise"),
      kind: try reader.required(kind, "kind"),
      visitedOn: try reader.required(visitedOn, "visitedOn"),
      visitor: try reader.required(visitor, "visitor"),
      summary: try reader.required(summary, "summary"), satisfaction: satisfaction,
      request: request, recordedBy: stamp.actor, recordedAt: stamp.time)
  }
}
