import CaseDeskDomain

/// One step that advances a case, as the step forms offer it (`>` on the case review pane).
///
/// Each step names the roles the domain allows to take it; the domain still checks every
/// rule when the form's command is executed.
public enum CaseStep: String, CaseIterable, Sendable {
  case fileCase
  case startInvestigation
  case recordEvidence
  case submitReport
  case reviewCase
  case givePriorNotice
  case recordStatement
  case requestHearing
  case scheduleHearing
  case recordHearing
  case legalReview
  case collectiveDiscussion
  case decide
  case recordService
  case recordPayment
  case closeCase
  case archiveCase
  case grantExtension
  case pauseClock
  case resumeClock
  case withdrawFiling
  case setFlags
  case preserveEvidence
  case decidePreservedEvidence
  case approveInstalments
  case recordEnforcement
  case recordRecheck
  case applyNoCoercion

  /// The roles the domain allows to take the step.
  public var roles: Set<StaffRole> {
    switch self {
    case .fileCase, .collectiveDiscussion, .decide, .closeCase: return [.approver]
    case .startInvestigation, .recordEvidence, .submitReport, .givePriorNotice, .recordStatement,
      .requestHearing, .scheduleHearing, .recordHearing:
      return [.officer]
    case .reviewCase, .legalReview: return [.legalReviewer]
    case .recordService, .recordPayment: return [.clerk, .officer]
    case .archiveCase: return [.clerk, .approver]
    case .grantExtension: return [.approver]
    case .pauseClock, .resumeClock: return [.officer, .approver]
    case .withdrawFiling, .approveInstalments: return [.approver]
    case .setFlags: return [.officer, .legalReviewer, .approver]
    case .preserveEvidence, .decidePreservedEvidence, .recordRecheck, .applyNoCoercion:
      return [.officer]
    case .recordEnforcement: return [.clerk, .officer]
    }
  }

  /// Whether the step extends or pauses the decision clock rather than advancing the stage.
  public var isClockStep: Bool {
    self == .grantExtension || self == .pauseClock || self == .resumeClock
  }

  /// Whether the step stands aside from the stage's usual path: the clock's steps, the flags
  /// and the withdrawal of the filing.
  public var isAsideStep: Bool {
    isClockStep || self == .setFlags || self == .withdrawFiling
  }

  /// The roles that may take the step on the case (only an approver resumes a suspension).
  public func roles(on record: EnforcementCase) -> Set<StaffRole> {
    if self == .resumeClock, record.isSuspended { return [.approver] }
    return roles
  }

  /// The strings-table key of the step's name.
  var titleKey: StringKey {
    switch self {
    case .fileCase: return .caseStepFileCase
    case .startInvestigation: return .caseStepStartInvestigation
    case .recordEvidence: return .caseStepRecordEvidence
    case .submitReport: return .caseStepSubmitReport
    case .reviewCase: return .caseStepReviewCase
    case .givePriorNotice: return .caseStepGivePriorNotice
    case .recordStatement: return .caseStepRecordStatement
    case .requestHearing: return .caseStepRequestHearing
    case .scheduleHearing: return .caseStepScheduleHearing
    case .recordHearing: return .caseStepRecordHearing
    case .legalReview: return .caseStepLegalReview
    case .collectiveDiscussion: return .caseStepCollectiveDiscussion
    case .decide: return .caseStepDecide
    case .recordService: return .caseStepRecordService
    case .recordPayment: return .caseStepRecordPayment
    case .closeCase: return .caseStepCloseCase
    case .archiveCase: return .caseStepArchiveCase
    case .grantExtension: return .caseStepGrantExtension
    case .pauseClock: return .caseStepPauseClock
    case .resumeClock: return .caseStepResumeClock
    case .withdrawFiling: return .caseStepWithdrawFiling
    case .setFlags: return .caseStepSetFlags
    case .preserveEvidence: return .caseStepPreserveEvidence
    case .decidePreservedEvidence: return .caseStepDecidePreservedEvidence
    case .approveInstalments: return .caseStepApproveInstalments
    case .recordEnforcement: return .caseStepRecordEnforcement
    case .recordRecheck: return .caseStepRecordRecheck
    case .applyNoCoercion: return .caseStepApplyNoCoercion
    }
  }

  /// The steps that may come next at the case's stage, the usual one first (empty once the
  /// case is archived); before the decision, the clock's extension and pauses follow, then
  /// the flags and the withdrawal of the filing, and a suspended case offers only its
  /// resumption.
  public static func candidates(for record: EnforcementCase) -> [CaseStep] {
    guard CaseStage.beforeDecision.contains(record.stage) else {
      return stageSteps(record) + sideSteps(record)
    }
    if record.isSuspended { return [.resumeClock] }
    let clock: [CaseStep] = record.openPause == nil ? [.pauseClock] : [.resumeClock]
    return stageSteps(record) + sideSteps(record) + [.grantExtension] + clock + [
      .setFlags, .withdrawFiling,
    ]
  }

  /// The steps beside the stage's own: evidence preservation and the no-coercion record while
  /// investigating, the decision on preserved evidence while one waits, and after the decision
  /// the instalments and enforcement of an unpaid fine and the re-check of a no-penalty case.
  static func sideSteps(_ record: EnforcementCase) -> [CaseStep] {
    var steps: [CaseStep] = []
    if record.stage == .investigation { steps += [.preserveEvidence, .applyNoCoercion] }
    if record.stage != .filed, CaseStage.beforeDecision.contains(record.stage),
      record.preservations.contains(where: { $0.outcome == nil })
    {
      steps.append(.decidePreservedEvidence)
    }
    if record.stage == .served || record.stage == .enforcement, record.outstandingFineFen > 0 {
      steps += [.approveInstalments, .recordEnforcement]
    }
    let rechecking: Set<CaseStage> = [.decided, .served, .enforcement]
    if rechecking.contains(record.stage), record.decision?.decision.kind == .noPenaltyMinor {
      steps.append(.recordRecheck)
    }
    return steps
  }

  /// The steps of the case's stage, the usual one first.
  static func stageSteps(_ record: EnforcementCase) -> [CaseStep] {
    let deciding: [CaseStep] = [.legalReview, .collectiveDiscussion, .decide]
    switch record.stage {
    case .opened: return [.fileCase]
    case .filed: return [.startInvestigation]
    case .investigation: return [.recordEvidence, .submitReport]
    case .reported: return [.reviewCase]
    case .reviewed: return [.givePriorNotice] + deciding
    case .notified: return [.recordStatement, .requestHearing] + deciding
    case .hearing:
      guard let hearing = record.hearing else { return [.scheduleHearing] }
      if hearing.scheduledFor == nil { return [.scheduleHearing] }
      if !hearing.isHeld { return [.recordHearing, .scheduleHearing] }
      return [.recordStatement] + deciding
    case .legalReviewed:
      return [.collectiveDiscussion, .decide, .givePriorNotice, .recordStatement]
    case .discussed: return [.decide, .givePriorNotice, .legalReview, .recordStatement]
    case .decided: return [.recordService, .closeCase]
    case .served, .enforcement: return [.recordPayment, .closeCase]
    case .closed, .withdrawn: return [.archiveCase]
    case .archived: return []
    }
  }

  /// The candidate steps that one of the roles may take, the usual one first.
  public static func allowed(for record: EnforcementCase, roles: Set<StaffRole>) -> [CaseStep] {
    candidates(for: record).filter { !$0.roles(on: record).isDisjoint(with: roles) }
  }
}
