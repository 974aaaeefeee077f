import CaseDeskDomain

/// The encoding of one record's whole value (undo's compensating events and the snapshot).
extension RecordSnapshot {
  /// The kind names used in undo events and snapshot lines.
  static let kindNames: [String] = [
    "staff", "supervisor", "enterprise", "positive", "inspection", "clue", "case", "referral",
    "request", "visit", "rectification",
  ]

  /// Writes `{"kind":…,"id":…,"record":{…}}` (no `record` when the record did not exist).
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .staff(let id, let value):
        w.field("kind", "staff")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .supervisor(let id, let value):
        w.field("kind", "supervisor")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .enterprise(let id, let value):
        w.field("kind", "enterprise")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .positiveListEntry(let id, let value):
        w.field("kind", "positive")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .inspection(let id, let value):
        w.field("kind", "inspection")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .clue(let id, let value):
        w.field("kind", "clue")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .enforcementCase(let id, let value):
        w.field("kind", "case")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .referral(let id, let value):
        w.field("kind", "referral")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .serviceRequest(let id, let value):
        w.field("kind", "request")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .followUpVisit(let id, let value):
        w.field("kind", "visit")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      case .rectificationTask(let id, let value):
        w.field("kind", "rectification")
        w.field("id", id)
        if let value {
          w.key("record")
          value.write(to: &w)
        }
      }
    }
  }

  /// Reads what `write(to:)` wrote.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RecordSnapshot {
    var kind: String?
    var id: String?
    var snapshot: RecordSnapshot?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "id": id = try r.readString()
      case "record":
        guard let kind, let id else { throw r.error("record before kind and id") }
        snapshot = try readRecord(kind: kind, id: id, from: &r)
      default: try r.skipValue()
      }
    }
    if let snapshot { return snapshot }
    let name = try reader.required(kind, "kind")
    let raw = try reader.required(id, "id")
    guard let empty = emptySnapshot(kind: name, id: raw) else {
      throw reader.error("unknown record kind \(name)")
    }
    return empty
  }

  private static func readRecord(kind: String, id: String, from r: inout JSONReader)
    throws(CodecError) -> RecordSnapshot
  {
    switch kind {
    case "staff": return .staff(StaffID(id), try StaffMember.read(from: &r))
    case "supervisor": return .supervisor(SupervisorID(id), try SocialSupervisor.read(from: &r))
    case "enterprise": return .enterprise(EnterpriseID(id), try Enterprise.read(from: &r))
    case "positive":
      return .positiveListEntry(EnterpriseID(id), try PositiveListEntry.read(from: &r))
    case "inspection": return .inspection(InspectionID(id), try Inspection.read(from: &r))
    case "clue": return .clue(ClueID(id), try Clue.read(from: &r))
    case "case": return .enforcementCase(CaseID(id), try EnforcementCase.read(from: &r))
    case "referral": return .referral(ReferralID(id), try Referral.read(from: &r))
    case "request": return .serviceRequest(ServiceRequestID(id), try ServiceRequest.read(from: &r))
    case "visit": return .followUpVisit(FollowUpVisitID(id), try FollowUpVisit.read(from: &r))
    case "rectification":
      return .rectificationTask(RectificationTaskID(id), try RectificationTask.read(from: &r))
    default: throw r.error("unknown record kind \(kind)")
    }
  }

  private static func emptySnapshot(kind: String, id: String) -> RecordSnapshot? {
    switch kind {
    case "staff": return .staff(StaffID(id), nil)
    case "supervisor": return .supervisor(SupervisorID(id), nil)
    case "enterprise": return .enterprise(EnterpriseID(id), nil)
    case "positive": return .positiveListEntry(EnterpriseID(id), nil)
    case "inspection": return .inspection(InspectionID(id), nil)
    case "clue": return .clue(ClueID(id), nil)
    case "case": return .enforcementCase(CaseID(id), nil)
    case "referral": return .referral(ReferralID(id), nil)
    case "request": return .serviceRequest(ServiceRequestID(id), nil)
    case "visit": return .followUpVisit(FollowUpVisitID(id), nil)
    case "rectification": return .rectificationTask(RectificationTaskID(id), nil)
    default: return nil
    }
  }
}
