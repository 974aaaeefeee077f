/// A central-inspection rectification task (中央环保督察整改): 区验收, then 市复核.
///
/// In progress → the district accepts it (区验收) → the city re-checks it (市复核): a pass
/// makes it done; a send-back returns it to the district, in progress again, with reasons.
public struct RectificationTask: Equatable, Sendable, Identifiable {
  /// Where a task stands.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case inProgress
    case districtAccepted
    case done

    /// The status's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .inProgress: return LocalizedText(zh: "整改中", en: "in progress")
      case .districtAccepted: return LocalizedText(zh: "区已验收，待市复核", en: "accepted by district")
      case .done: return LocalizedText(zh: "已完成（市复核通过）", en: "done (city re-check passed)")
      }
    }
  }

  public var id: RectificationTaskID
  public var title: String
  /// The district responsible (责任区).
  public var district: String
  public var deadline: Day
  /// Evidence of the work, one note per item, in the order recorded.
  public var evidence: [String]
  /// Enterprises the task concerns (shown on their status cards).
  public var enterprises: [EnterpriseID]
  public var status: Status
  public var created: ActionStamp
  /// The latest district acceptance, while it stands.
  public var districtAcceptance: RectificationStep?
  /// The city re-check that passed.
  public var cityRecheck: RectificationStep?
  /// Every send-back by the city, oldest first.
  public var sendBacks: [RectificationStep]

  public init(
    id: RectificationTaskID, title: String, district: String, deadline: Day,
    evidence: [String], enterprises: [EnterpriseID], created: ActionStamp
  ) {
    self.id = id
    self.title = title
    self.district = district
    self.deadline = deadline
    self.evidence = evidence
    self.enterprises = enterprises
    self.status = .inProgress
    self.created = created
    self.districtAcceptance = nil
    self.cityRecheck = nil
    self.sendBacks = []
  }

  /// The day the city re-check passed, when done.
  public var doneOn: Day? { status == .done ? cityRecheck?.on : nil }

  /// Whether the task is not done and its deadline is before `day`.
  public func isOverdue(on day: Day) -> Bool { status != .done && deadline < day }
}
