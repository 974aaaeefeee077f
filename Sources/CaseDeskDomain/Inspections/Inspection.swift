/// An inspection from plan to filing ("无计划不检查", 扫码入企).
///
/// Plan → approval (approval form and inspection notice numbers) → on site, a QR scan-in with
/// two or more certified officers → result → the enterprise's evaluation → filed. Off-site
/// checks skip the scan-in. The stage is derived from the steps recorded, so it can never
/// disagree with them.
public struct Inspection: Equatable, Sendable, Identifiable {
  /// Why an inspection is made.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// 日常检查: a planned routine visit.
    case routine
    /// On a clue (线索).
    case onClue
    /// On a complaint (投诉举报).
    case onComplaint
    /// Drawn in random sampling (双随机).
    case randomSampling
    /// A re-check of earlier problems (复查).
    case recheck

    /// The kind's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .routine: return LocalizedText(zh: "日常检查", en: "routine")
      case .onClue: return LocalizedText(zh: "线索核查", en: "on a clue")
      case .onComplaint: return LocalizedText(zh: "投诉核查", en: "on a complaint")
      case .randomSampling: return LocalizedText(zh: "双随机抽查", en: "random sampling")
      case .recheck: return LocalizedText(zh: "复查", en: "re-check")
      }
    }
  }

  /// Where the check is made: at the enterprise, or off site from data, video and drones.
  public enum Mode: String, Hashable, Sendable, CaseIterable {
    case onSite
    case offSite

    /// The mode's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .onSite: return LocalizedText(zh: "现场检查", en: "on-site")
      case .offSite: return LocalizedText(zh: "非现场检查", en: "off-site")
      }
    }
  }

  /// The stated reason for inspecting (required on site at a positive-list enterprise).
  public enum Reason: Hashable, Sendable {
    /// A clue in the workspace.
    case clue(ClueID)
    /// A complaint, by its reference (number or short description).
    case complaint(String)
    /// A random-sampling draw, by its reference.
    case randomSampling(String)

    /// The reason in both languages.
    public var title: LocalizedText {
      switch self {
      case .clue(let id): return LocalizedText(zh: "线索 \(id)", en: "clue \(id)")
      case .complaint(let ref): return LocalizedText(zh: "投诉 \(ref)", en: "complaint \(ref)")
      case .randomSampling(let ref):
        return LocalizedText(zh: "随机抽取 \(ref)", en: "random draw \(ref)")
      }
    }
  }

  /// Where an inspection stands.
  public enum Stage: String, Hashable, Sendable, CaseIterable {
    case planned
    case approved
    case scannedIn
    case resultRecorded
    case evaluated
    case filed
    case withdrawn
  }

  /// What the inspection found.
  public enum Outcome: String, Hashable, Sendable, CaseIterable {
    /// 未发现问题.
    case compliant
    /// Problems found (to be handled outside a case or a health-check form).
    case problemsFound
    /// A health-check form (生态环境体检单) issued for on-the-spot fixes.
    case healthCheckForm
    /// A case opened (立案).
    case caseOpened
  }

  /// The enterprise's evaluation of the inspection (扫码入企 online evaluation).
  public enum Evaluation: String, Hashable, Sendable, CaseIterable {
    case satisfied
    case basicallySatisfied
    case notSatisfied
  }

  public var id: InspectionID
  public var enterprise: EnterpriseID
  public var kind: Kind
  public var mode: Mode
  public var plannedOn: Day
  /// The officers named in the plan.
  public var officers: [StaffID]
  /// The stated reason, when one was given.
  public var reason: Reason?
  /// On site at a positive-list enterprise: an exception to "无事不扰", shown in its audit.
  public var isPositiveListException: Bool
  public var planned: ActionStamp
  public var approval: InspectionApproval?
  /// The reason and stamp of a withdrawn plan.
  public var withdrawal: InspectionWithdrawal?
  public var scanIn: InspectionScanIn?
  public var result: InspectionResult?
  public var healthCheckForm: HealthCheckForm?
  /// Cases opened from this inspection.
  public var cases: [CaseID]
  public var evaluation: Evaluation?
  public var evaluated: ActionStamp?
  public var filed: ActionStamp?
  /// Social supervisors invited, with their participation.
  public var supervisors: [SupervisorInvitation]

  public init(
    id: InspectionID, enterprise: EnterpriseID, kind: Kind, mode: Mode, plannedOn: Day,
    officers: [StaffID], reason: Reason?, isPositiveListException: Bool, planned: ActionStamp
  ) {
    self.id = id
    self.enterprise = enterprise
    self.kind = kind
    self.mode = mode
    self.plannedOn = plannedOn
    self.officers = officers
    self.reason = reason
    self.isPositiveListException = isPositiveListException
    self.planned = planned
    self.approval = nil
    self.withdrawal = nil
    self.scanIn = nil
    self.result = nil
    self.healthCheckForm = nil
    self.cases = []
    self.evaluation = nil
    self.evaluated = nil
    self.filed = nil
    self.supervisors = []
  }

  /// The stage, derived from the steps recorded.
  public var stage: Stage {
    if withdrawal != nil { return .withdrawn }
    if filed != nil { return .filed }
    if evaluation != nil { return .evaluated }
    if result != nil { return .resultRecorded }
    if scanIn != nil { return .scannedIn }
    if approval != nil { return .approved }
    return .planned
  }

  /// Whether a case may be opened from this inspection now (approved and not withdrawn).
  ///
  /// The cases area checks this before emitting `.inspection(.caseOpened(_:_:))`.
  public var acceptsCaseOpening: Bool {
    approval != nil && withdrawal == nil
  }

  /// Whether the inspection has a health-check form with a problem not yet verified.
  public var hasPendingHealthCheckForm: Bool {
    healthCheckForm?.isPending ?? false
  }
}
