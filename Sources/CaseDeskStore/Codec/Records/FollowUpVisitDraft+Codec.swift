import CaseDeskDomain

/// The JSON form of a visit form as filled in (a saved draft).
///
/// `{"enterprise","kind","visitedOn","visitor","summary","satisfaction"?,"request"?}`.
extension FollowUpVisitDraft {
  /// Writes the draft as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("enterprise", enterprise)
      w.field("kind", kind)
      w.field("visitedOn", visitedOn)
      w.field("visitor", visitor)
      w.field("summary", summary)
      w.field("satisfaction", satisfaction)
      w.field("request", request)
    }
  }

  /// Reads a draft written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> FollowUpVisitDraft {
    var enterprise: EnterpriseID?
    var kind: FollowUpVisit.Kind?
    var visitedOn: Day?
    var visitor: StaffID?
    var summary: String?
    var satisfaction: FollowUpVisit.Satisfaction?
    var request: ServiceRequestID?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "enterprise": enterprise = try r.readID()
      case "kind": kind = try r.readEnum(FollowUpVisit.Kind.self)
      case "visitedOn": visitedOn = try r.readDay()
      case "visitor": visitor = try r.readID()
      case "summary": summary = try r.readString()
      case "satisfaction": satisfaction = try r.readEnum(FollowUpVisit.Satisfaction.self)
      case "request": request = try r.readID()
      default: try r.skipValue()
      }
    }
    return FollowUpVisitDraft(
      enterprise: try reader.required(enterprise, "enterprise"),
      kind: try reader.required(kind, "kind"),
      visitedOn: try reader.required(visitedOn, "visitedOn"),
      visitor: try reader.required(visitor, "visitor"),
      summary: try reader.required(summary, "summary"), satisfaction: satisfaction,
      request: request)
  }
}
