extension CaseRules {
  /// Gives the prior notice.
  static func giveNotice(_ record: EnforcementCase, _ notice: PriorNotice, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(
      notice.documentNumber, "notice.documentNumber", zh: "告知书编号", en: "The document number")
    problems.requireText(notice.facts, "notice.facts", zh: "违法事实", en: "The facts")
    problems.requireText(notice.reasons, "notice.reasons", zh: "理由", en: "The reason")
    problems.requireText(notice.basis, "notice.basis", zh: "依据", en: "The basis")
    problems.requireText(
      notice.proposedPenalty, "notice.proposedPenalty", zh: "拟作出的处罚", en: "The proposed penalty")
    problems.requireNotFuture(
      notice.servedOn, today: context.today, "notice.servedOn", zh: "送达日期", en: "The service date")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "事先告知", en: "Give the prior notice"))
    let change = CaseChange.priorNoticeGiven(record.id, notice)
    try requireStage(change, record)
    try requireNotSuspended(record)
    if record.stage == .decided && !canDecideAgain(record, in: context.state) {
      throw Refusal.rule(
        zh: "案件已作出决定，不能再告知", en: "The case is decided: no new prior notice")
    }
    if record.currentNotice != nil && record.stage != .decided {
      throw Refusal.rule(
        zh: "本轮已经告知，不能重复告知", en: "The prior notice was already given in this round")
    }
    if let reported = record.reported,
      notice.servedOn < reported.time.day(utcOffset: context.state.settings.utcOffset)
    {
      throw Refusal.rule(
        zh: "告知书送达日期早于调查终结", en: "The notice cannot be served before the report")
    }
    return [.enforcementCase(change)]
  }

  /// Records the party's statement.
  static func recordStatement(
    _ record: EnforcementCase, _ text: String, _ waives: Bool, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(text, "statement.text", zh: "陈述申辩内容", en: "The statement")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "记录陈述申辩", en: "Record the statement"))
    let change = CaseChange.statementRecorded(record.id, text: text, waivesHearing: waives)
    try requireStage(change, record)
    guard record.currentNotice != nil else {
      throw Refusal.rule(
        zh: "尚未告知，不能记录陈述申辩", en: "No prior notice in this round: no statement yet")
    }
    if waives && record.hearing != nil {
      throw Refusal.rule(
        zh: "当事人已申请听证，不能再记录放弃听证", en: "A hearing was requested: it cannot be waived now")
    }
    return [.enforcementCase(change)]
  }

  /// The last day of the hearing-request window for a notice served on `servedOn`.
  static func hearingRequestLastDay(servedOn: Day, in state: DomainState) -> Day {
    let rule = CaseClocks.rule(.hearingRequest, in: state)
    let start = Timestamp(day: servedOn, hour: 12, utcOffset: state.settings.utcOffset)
    let due = LegalClock.due(
      rule, start: start, calendar: CaseClocks.calendar(in: state),
      utcOffset: state.settings.utcOffset)
    return CaseClocks.dueDay(due, utcOffset: state.settings.utcOffset) ?? servedOn
  }

  /// Records the party's hearing request.
  static func requestHearing(_ record: EnforcementCase, _ day: Day, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireNotFuture(
      day, today: context.today, "hearing.requestedOn", zh: "申请日期", en: "The request date")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "登记听证申请", en: "Record a hearing request"))
    let change = CaseChange.hearingRequested(record.id, requestedOn: day)
    try requireStage(change, record)
    try requireNotSuspended(record)
    guard let notice = record.currentNotice else {
      throw Refusal.rule(zh: "尚未告知", en: "No prior notice in this round")
    }
    guard notice.hearingRight else {
      throw Refusal.rule(
        zh: "告知书未载明听证权利（非较大数额罚款等情形），不适用听证",
        en: "The notice gives no right to a hearing (Administrative Penalty Law art. 63)")
    }
    if record.hearingWaived {
      throw Refusal.rule(zh: "当事人已放弃听证", en: "The party waived the hearing")
    }
    if day < notice.servedOn {
      throw Refusal.rule(
        zh: "申请日期早于告知书送达日期", en: "The request predates the notice's service")
    }
    let last = hearingRequestLastDay(servedOn: notice.servedOn, in: context.state)
    if day > last {
      throw Refusal.rule(
        zh: "听证申请超过告知后五个工作日（截至 \(last)），不予受理（行政处罚法第六十四条）",
        en: "The request is past the 5 working days after the notice (last day \(last);"
          + " Administrative Penalty Law art. 64)")
    }
    return [.enforcementCase(change)]
  }

  /// Schedules the hearing with its notice served at least 7 days ahead.
  static func scheduleHearing(
    _ record: EnforcementCase, _ hearingOn: Day, _ servedOn: Day, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireNotFuture(
      servedOn, today: context.today, "hearing.noticeServedOn", zh: "听证通知送达日期",
      en: "The notice's service date")
    if hearingOn <= servedOn {
      problems.add(
        "hearing.hearingOn", zh: "听证日期须晚于通知送达日期",
        en: "The hearing must be after the notice is served")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "安排听证", en: "Schedule the hearing"))
    let change = CaseChange.hearingScheduled(
      record.id, hearingOn: hearingOn, noticeServedOn: servedOn)
    try requireStage(change, record)
    try requireNotSuspended(record)
    guard let hearing = record.hearing, hearing.scheduledFor == nil else {
      throw Refusal.rule(zh: "听证已安排", en: "The hearing is already scheduled")
    }
    if servedOn < hearing.requestedOn {
      throw Refusal.rule(
        zh: "通知送达日期早于听证申请", en: "The notice predates the hearing request")
    }
    let rule = CaseClocks.rule(.hearingNotice, in: context.state)
    let offset = context.state.settings.utcOffset
    let earliest =
      CaseClocks.dueDay(
        LegalClock.due(
          rule, start: Timestamp(day: servedOn, hour: 12, utcOffset: offset),
          calendar: context.calendar, utcOffset: offset), utcOffset: offset) ?? servedOn
    if hearingOn < earliest {
      throw Refusal.rule(
        zh: "听证通知须在举行听证的\(rule.amount)日前送达，最早可于 \(earliest) 举行（行政处罚法第六十四条）",
        en: "The notice of hearing must be served \(rule.amount) days before the hearing;"
          + " the earliest day is \(earliest) (Administrative Penalty Law art. 64)")
    }
    return [.enforcementCase(change)]
  }

  /// Records the hearing held.
  static func recordHearing(
    _ record: EnforcementCase, _ heldOn: Day, _ text: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(text, "hearing.record", zh: "听证笔录", en: "The hearing record")
    problems.requireNotFuture(
      heldOn, today: context.today, "hearing.heldOn", zh: "听证日期", en: "The hearing date")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "记录听证", en: "Record the hearing"))
    let change = CaseChange.hearingHeld(record.id, heldOn: heldOn, record: text)
    try requireStage(change, record)
    try requireNotSuspended(record)
    guard let hearing = record.hearing, let scheduled = hearing.scheduledFor, !hearing.isHeld
    else {
      throw Refusal.rule(
        zh: "听证尚未安排或已举行", en: "The hearing is not scheduled, or already held")
    }
    if heldOn < scheduled {
      throw Refusal.rule(
        zh: "听证不能早于通知的日期（\(scheduled)）举行",
        en: "The hearing cannot be held before its notified day (\(scheduled))")
    }
    return [.enforcementCase(change)]
  }

  /// Records the legal review.
  static func legalReview(
    _ record: EnforcementCase, _ checklist: LegalReviewChecklist, _ outcome: ReviewOutcome,
    _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if outcome.isPassed {
      problems.requireText(outcome.text, "legalReview.opinion", zh: "审核意见", en: "The opinion")
      for item in checklist.unconfirmed {
        problems.add(
          item.field, zh: "审核通过须确认：\(item.zh)", en: "A pass needs \(item.en) confirmed")
      }
    } else {
      problems.requireText(outcome.text, "legalReview.reasons", zh: "退回理由", en: "The reason")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.legalReviewer], for: LocalizedText(zh: "法制审核", en: "Do the legal review"))
    let change = CaseChange.legalReviewRecorded(record.id, checklist, outcome)
    try requireStage(change, record)
    try requireNotSuspended(record)
    if let member = context.actor.member,
      (member.legalQualification ?? "").allSatisfy(\.isWhitespace)
    {
      throw Refusal.rule(
        zh: "法制审核人员须具有法律职业资格（行政处罚法第五十八条）",
        en: "A legal reviewer needs a legal qualification (Administrative Penalty Law art. 58)")
    }
    try requireSeparateFromInvestigation(
      record, context, what: LocalizedText(zh: "法制审核", en: "legal review"))
    if record.stage == .hearing, !(record.hearing?.isHeld ?? false) {
      throw Refusal.rule(
        zh: "听证尚未举行，不能法制审核", en: "The hearing has not been held: no legal review yet")
    }
    return [.enforcementCase(change)]
  }

  /// Records the collective discussion.
  static func discuss(
    _ record: EnforcementCase, _ heldOn: Day, _ minutes: String, _ conclusion: String,
    _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(
      minutes, "discussion.minutes", zh: "会议纪要", en: "The record of the discussion")
    problems.requireText(conclusion, "discussion.conclusion", zh: "讨论结论", en: "The conclusion")
    problems.requireNotFuture(
      heldOn, today: context.today, "discussion.heldOn", zh: "会议日期", en: "The meeting date")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "记录集体讨论", en: "Record the collective discussion"))
    let change = CaseChange.collectiveDiscussionRecorded(
      record.id, heldOn: heldOn, minutes: minutes, conclusion: conclusion)
    try requireStage(change, record)
    try requireNotSuspended(record)
    if record.stage == .hearing, !(record.hearing?.isHeld ?? false) {
      throw Refusal.rule(
        zh: "听证尚未举行，不能集体讨论", en: "The hearing has not been held: no discussion yet")
    }
    return [.enforcementCase(change)]
  }

  /// Grants the next extension of the decision clock.
  static func extend(
    _ record: EnforcementCase, _ reason: String, _ minutes: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(reason, "extension.reason", zh: "延期理由", en: "The reason")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "批准延期", en: "Approve an extension"))
    let rule = CaseClocks.rule(.caseDecision, in: context.state)
    let granted = record.extensions.count
    guard granted < rule.extensions.count else {
      throw Refusal.rule(
        zh: "延期次数已用尽（最长\(rule.amount + rule.extensions.reduce(0, +))日）",
        en: "No extension is left (at most \(rule.amount + rule.extensions.reduce(0, +)) days)")
    }
    let change = CaseChange.extensionGranted(
      record.id, days: rule.extensions[granted], reason: reason, collectiveMinutes: minutes)
    try requireStage(change, record)
    if granted >= 1 && minutes.allSatisfy(\.isWhitespace) {
      throw Refusal.rule(
        zh: "第二次延期须经集体讨论决定，请填写会议纪要（生态环境行政处罚办法第五十七条）",
        en: "A second extension needs a collective decision: name its minutes")
    }
    return [.enforcementCase(change)]
  }

  /// Pauses the decision clock.
  static func pause(
    _ record: EnforcementCase, _ kind: ClockPauseKind, _ reason: String, _ day: Day,
    _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(reason, "pause.reason", zh: "理由", en: "The reason")
    problems.requireNotFuture(day, today: context.today, "pause.on", zh: "开始日期", en: "The start")
    try problems.throwIfAny()
    if kind == .suspension {
      try context.actor.require(
        [.approver], for: LocalizedText(zh: "中止案件", en: "Suspend the case"))
    } else {
      try context.actor.require(
        [.officer, .approver], for: LocalizedText(zh: "登记不计入期限", en: "Exclude a period"))
    }
    let change = CaseChange.clockPaused(record.id, kind, reason: reason, on: day)
    try requireStage(change, record)
    if let open = record.openPause {
      throw Refusal.rule(
        zh: "已有未结束的“\(open.kind.title.zh)”期间", en: "A \(open.kind.title.en) is still open")
    }
    let utc = context.state.settings.utcOffset
    let floor = record.pauses.compactMap(\.end).max() ?? record.filed?.time.day(utcOffset: utc)
    if let floor, day < floor {
      throw Refusal.rule(
        zh: "开始日期不能早于 \(floor)", en: "The start cannot be before \(floor)")
    }
    return [.enforcementCase(change)]
  }

  /// Ends the open pause.
  static func resume(_ record: EnforcementCase, _ day: Day, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireNotFuture(day, today: context.today, "pause.end", zh: "结束日期", en: "The end")
    try problems.throwIfAny()
    let kind = record.openPause?.kind
    if kind == .suspension {
      try context.actor.require(
        [.approver], for: LocalizedText(zh: "恢复案件", en: "Resume the case"))
    } else {
      try context.actor.require(
        [.officer, .approver], for: LocalizedText(zh: "结束不计入期间", en: "End a period"))
    }
    let change = CaseChange.clockResumed(record.id, on: day)
    try requireStage(change, record)
    guard let open = record.openPause else {
      throw Refusal.rule(zh: "没有未结束的期间", en: "No period is open")
    }
    if day < open.start {
      throw Refusal.rule(
        zh: "结束日期不能早于开始日期 \(open.start)", en: "The end cannot precede the start \(open.start)")
    }
    return [.enforcementCase(change)]
  }
}
