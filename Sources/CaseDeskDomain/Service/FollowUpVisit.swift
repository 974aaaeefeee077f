/// A visit to an enterprise: a commissioner's follow-up visit (回访) or a leader's contact
/// (领导联系企业), with the enterprise's satisfaction.
public struct FollowUpVisit: Hashable, Sendable, Identifiable {
  /// What kind of visit it was.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A commissioner's follow-up visit.
    case followUp
    /// A leader's (approver's) contact with the enterprise.
    case leaderContact
  }

  /// The enterprise's satisfaction with the service.
  public enum Satisfaction: String, Hashable, Sendable, CaseIterable {
    /// 满意.
    case satisfied
    /// 基本满意.
    case basicallySatisfied
    /// 不满意.
    case notSatisfied

    /// The answer's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .satisfied: return LocalizedText(zh: "满意", en: "satisfied")
      case .basicallySatisfied: return LocalizedText(zh: "基本满意", en: "basically satisfied")
      case .notSatisfied: return LocalizedText(zh: "不满意", en: "not satisfied")
      }
    }
  }

  public var id: FollowUpVisitID
  public var enterprise: EnterpriseID
  public var kind: Kind
  public var visitedOn: Day
  /// The commissioner or leader who visited.
  public var visitor: StaffID
  public var summary: String
  /// The satisfaction the enterprise gave, once it has.
  public var satisfaction: Satisfaction?
  /// The green-channel request the visit followed up, if any.
  public var request: ServiceRequestID?
  public var recordedBy: Actor
  public var recordedAt: Timestamp

  public init(
    id: FollowUpVisitID, enterprise: EnterpriseID, kind: Kind, visitedOn: Day, visitor: StaffID,
    summary: String, satisfaction: Satisfaction? = nil, request: ServiceRequestID? = nil,
    recordedBy: Actor, recordedAt: Timestamp
  ) {
    self.id = id
    self.enterprise = enterprise
    self.kind = kind
    self.visitedOn = visitedOn
    self.visitor = visitor
    self.summary = summary
    self.satisfaction = satisfaction
    self.request = request
    self.recordedBy = recordedBy
    self.recordedAt = recordedAt
  }
}
