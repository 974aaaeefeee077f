/// The rules of penalty cases through their legal stages: who may do what, and how each fact
/// changes the state.
///
/// Order of checks: the case exists, it is not archived (`.readOnly`), the input is valid
/// (every problem at once), the actor's role, the stage, then the legal guards.
enum CaseRules {
  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: CaseCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let context = Context(actor: actor, time: time, state: state)
    if case .openCase(let opening) = command {
      return try open(opening, context)
    }
    guard let id = command.caseID, let record = state.cases[id] else {
      throw Refusal.notFound(
        LocalizedText(zh: "案件", en: "case"), command.caseID?.raw ?? "")
    }
    if record.isArchived {
      throw Refusal(
        .readOnly,
        LocalizedText(
          zh: "案件 \(record.displayNumber) 已归档，不能再作任何更改",
          en: "Case \(record.displayNumber) is archived: no change at all"))
    }
    return try executeOnCase(command, record, context)
  }

  /// What every handler needs: the actor, the time, the state, and today's local day.
  struct Context {
    let actor: ActorContext
    let time: Timestamp
    let state: DomainState

    var today: Day { time.day(utcOffset: state.settings.utcOffset) }
    var calendar: WorkingDayCalendar { CaseClocks.calendar(in: state) }
  }

  private static func executeOnCase(
    _ command: CaseCommand, _ record: EnforcementCase, _ context: Context
  ) throws(Refusal) -> [Change] {
    switch command {
    case .openCase: return []
    case .fileCase(_, let conditions): return try file(record, conditions, context)
    case .withdrawFiling(_, let reason): return try withdraw(record, reason, context)
    case .startInvestigation(_, let officers):
      return try startInvestigation(record, officers, context)
    case .recordEvidence(_, let evidence): return try recordEvidence(record, evidence, context)
    case .preserveEvidence(_, let items): return try preserve(record, items, context)
    case .decidePreservedEvidence(_, let index, let outcome, let note):
      return try decidePreservation(record, index, outcome, note, context)
    case .applyNoCoercion(_, let item, let reason):
      return try applyNoCoercion(record, item, reason, context)
    case .submitInvestigationReport(_, let report):
      return try submitReport(record, report, context)
    case .reviewCase(_, let outcome): return try review(record, outcome, context)
    case .setFlags(_, let flags): return try setFlags(record, flags, context)
    case .givePriorNotice(_, let notice): return try giveNotice(record, notice, context)
    case .recordStatement(_, let text, let waives):
      return try recordStatement(record, text, waives, context)
    case .recordHearingRequest(_, let day): return try requestHearing(record, day, context)
    case .scheduleHearing(_, let hearingOn, let servedOn):
      return try scheduleHearing(record, hearingOn, servedOn, context)
    case .recordHearing(_, let heldOn, let text):
      return try recordHearing(record, heldOn, text, context)
    case .recordLegalReview(_, let checklist, let outcome):
      return try legalReview(record, checklist, outcome, context)
    case .recordCollectiveDiscussion(_, let heldOn, let minutes, let conclusion):
      return try discuss(record, heldOn, minutes, conclusion, context)
    case .grantExtension(_, let reason, let minutes):
      return try extend(record, reason, minutes, context)
    case .pauseClock(_, let kind, let reason, let day):
      return try pause(record, kind, reason, day, context)
    case .resumeClock(_, let day): return try resume(record, day, context)
    case .decide(_, let decision, let number):
      return try decide(record, decision, number, context)
    case .recordService(_, let day, let way): return try serve(record, day, way, context)
    case .recordPayment(_, let amount, let day, let receipt):
      return try pay(record, amount, day, receipt, context)
    case .approveInstalments(_, let plan): return try approveInstalments(record, plan, context)
    case .recordEnforcement(_, let action): return try enforce(record, action, context)
    case .recordRecheck(_, let day, let held, let note):
      return try recheck(record, day, held, note, context)
    case .closeCase: return try close(record, context)
    case .archiveCase: return try archive(record, context)
    case .inviteSupervisor(_, let supervisor): return try invite(record, supervisor, context)
    case .addSupervisorOpinion(_, let supervisor, let opinion):
      return try addOpinion(record, supervisor, opinion, context)
    }
  }

  // MARK: - Shared guards

  /// Refuses unless the change may apply at the case's current stage.
  static func requireStage(_ change: CaseChange, _ record: EnforcementCase) throws(Refusal) {
    let allowed = allowedStages(change)
    guard allowed.contains(record.stage) else {
      let names = allowed.sorted().map(\.title)
      throw Refusal.rule(
        zh: "案件处于“\(record.stage.title.zh)”阶段，不能\(change.summary.zh)"
          + "（允许的阶段：\(names.map(\.zh).joined(separator: "、"))）",
        en: "The case is at stage \(record.stage.title.en): cannot record “\(change.summary.en)”"
          + " (allowed at: \(names.map(\.en).joined(separator: ", ")))")
    }
  }

  /// Refuses while the case is suspended (中止): nothing advances until it resumes.
  static func requireNotSuspended(_ record: EnforcementCase) throws(Refusal) {
    if record.isSuspended {
      throw Refusal.rule(
        zh: "案件已中止，恢复前不能推进（行政处罚法第六十条）",
        en: "The case is suspended: nothing advances until it resumes")
    }
  }

  /// Refuses a staff actor who is not one of the case's investigating officers.
  static func requireInvestigator(_ record: EnforcementCase, _ context: Context) throws(Refusal) {
    guard let staff = context.actor.staffID else { return }
    if !record.officers.contains(staff) {
      throw Refusal.rule(
        zh: "只有本案的调查人员可以记录调查取证",
        en: "Only the case's investigating officers may record investigation steps")
    }
  }

  /// Refuses a staff actor who investigated the case (查处分离: review is by a separate unit).
  static func requireSeparateFromInvestigation(
    _ record: EnforcementCase, _ context: Context, what: LocalizedText
  ) throws(Refusal) {
    guard let staff = context.actor.staffID else { return }
    if record.officers.contains(staff) {
      throw Refusal.rule(
        zh: "查处分离：本案调查人员不能进行\(what.zh)",
        en: "Separation of investigation and review: an investigating officer cannot do the"
          + " \(what.en)")
    }
  }
}

extension EnforcementCase {
  /// The case number when filed, else its id.
  public var displayNumber: String { number?.description ?? id.raw }
}
