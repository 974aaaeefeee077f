extension CaseRules {
  /// Records the service of the decision.
  static func serve(_ record: EnforcementCase, _ day: Day, _ way: ServiceWay, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireNotFuture(
      day, today: context.today, "service.servedOn", zh: "送达日期", en: "The service date")
    try problems.throwIfAny()
    try context.actor.require(
      [.clerk, .officer], for: LocalizedText(zh: "登记送达", en: "Record the service"))
    let change = CaseChange.decisionServed(record.id, servedOn: day, way: way)
    try requireStage(change, record)
    guard let decision = record.decision else {
      throw Refusal.rule(zh: "尚未作出决定", en: "No decision yet")
    }
    if decision.decision.kind == .referral {
      throw Refusal.rule(
        zh: "移送决定随移送办理，不单独送达", en: "A referral decision follows the referral: no service")
    }
    if day < decision.decidedOn {
      throw Refusal.rule(
        zh: "送达日期早于决定日期 \(decision.decidedOn)",
        en: "The service date precedes the decision (\(decision.decidedOn))")
    }
    return [.enforcementCase(change)]
  }

  /// Records a payment.
  static func pay(
    _ record: EnforcementCase, _ amount: Int, _ day: Day, _ receipt: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if amount <= 0 {
      problems.add("payment.amount", zh: "缴款金额须大于零", en: "The amount must be positive")
    }
    problems.requireNotFuture(
      day, today: context.today, "payment.paidOn", zh: "缴款日期", en: "The payment date")
    problems.requireText(receipt, "payment.receipt", zh: "缴款凭证号", en: "The receipt number")
    try problems.throwIfAny()
    try context.actor.require(
      [.clerk, .officer], for: LocalizedText(zh: "登记缴款", en: "Record a payment"))
    let change = CaseChange.paymentRecorded(
      record.id, amountFen: amount, paidOn: day, receipt: receipt)
    try requireStage(change, record)
    guard record.fineFen > 0 else {
      throw Refusal.rule(zh: "本案没有罚款", en: "The case has no fine")
    }
    if let served = record.service?.servedOn, day < served {
      throw Refusal.rule(
        zh: "缴款日期早于送达日期 \(served)", en: "The payment precedes the service (\(served))")
    }
    let owed = record.owedFen(asOf: day, in: context.state)
    if amount > owed {
      throw Refusal.rule(
        zh: "缴款金额超过应缴金额（\(owed) 分，含加处罚款）",
        en: "The amount exceeds what is owed (\(owed) fen with the surcharge)")
    }
    return [.enforcementCase(change)]
  }

  /// Approves paying in instalments.
  static func approveInstalments(
    _ record: EnforcementCase, _ plan: [Instalment], _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if plan.isEmpty {
      problems.add("instalments", zh: "请填写分期计划", en: "The plan is empty")
    }
    for (index, instalment) in plan.enumerated() {
      if instalment.amountFen <= 0 {
        problems.add(
          "instalments[\(index)].amount", zh: "分期金额须大于零", en: "The amount must be positive")
      }
      if instalment.dueOn < context.today {
        problems.add(
          "instalments[\(index)].dueOn", zh: "分期日期不能早于今天", en: "The date cannot be past")
      }
      if index > 0 && instalment.dueOn <= plan[index - 1].dueOn {
        problems.add(
          "instalments[\(index)].dueOn", zh: "分期日期须逐期推后", en: "Dates must increase")
      }
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "批准分期缴纳", en: "Approve instalments"))
    let change = CaseChange.instalmentsApproved(record.id, plan)
    try requireStage(change, record)
    let total = plan.reduce(0) { $0 + $1.amountFen }
    if total != record.outstandingFineFen {
      throw Refusal.rule(
        zh: "分期合计 \(total) 分，与未缴罚款 \(record.outstandingFineFen) 分不符",
        en: "The instalments total \(total) fen, not the unpaid \(record.outstandingFineFen) fen")
    }
    return [.enforcementCase(change)]
  }

  /// Records a demand or a court application.
  static func enforce(_ record: EnforcementCase, _ action: EnforcementAction, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    let day: Day
    switch action {
    case .demand(let number, let on):
      problems.requireText(
        number, "enforcement.documentNumber", zh: "催告书编号", en: "The document number")
      day = on
    case .courtApplication(let court, let on):
      problems.requireText(court, "enforcement.court", zh: "法院", en: "The court")
      day = on
    }
    problems.requireNotFuture(day, today: context.today, "enforcement.on", zh: "日期", en: "The date")
    try problems.throwIfAny()
    try context.actor.require(
      [.clerk, .officer], for: LocalizedText(zh: "登记强制执行", en: "Record enforcement"))
    let change = CaseChange.enforcementRecorded(record.id, action)
    try requireStage(change, record)
    guard record.outstandingFineFen > 0, let due = record.paymentDueDay(in: context.state) else {
      throw Refusal.rule(zh: "没有未缴的罚款", en: "No fine is unpaid")
    }
    if day <= due {
      throw Refusal.rule(
        zh: "缴款期限（至 \(due)）未届满，不能催告或申请强制执行",
        en: "The payment deadline (\(due)) has not passed: no enforcement yet")
    }
    if case .courtApplication = action {
      let demanded = record.enforcement.contains {
        if case .demand = $0.action { return true }
        return false
      }
      if !demanded {
        throw Refusal.rule(
          zh: "申请法院强制执行前须先催告（行政强制法第五十四条）",
          en: "A court application needs a demand first (Administrative Coercion Law art. 54)")
      }
    }
    return [.enforcementCase(change)]
  }

  /// Records the re-check after a no-penalty decision.
  static func recheck(
    _ record: EnforcementCase, _ day: Day, _ held: Bool, _ note: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireNotFuture(
      day, today: context.today, "recheck.checkedOn", zh: "复查日期", en: "The re-check date")
    problems.requireText(note, "recheck.note", zh: "复查情况", en: "The re-check note")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "登记复查", en: "Record the re-check"))
    let change = CaseChange.recheckRecorded(
      record.id, checkedOn: day, correctionHeld: held, note: note)
    try requireStage(change, record)
    guard let decision = record.decision, decision.decision.kind == .noPenaltyMinor else {
      throw Refusal.rule(
        zh: "只有不予处罚（轻微）的案件需要复查", en: "Only a no-penalty (minor) case is re-checked")
    }
    if day < decision.decidedOn {
      throw Refusal.rule(zh: "复查日期早于决定日期", en: "The re-check precedes the decision")
    }
    return [.enforcementCase(change)]
  }

  /// Closes the case.
  static func close(_ record: EnforcementCase, _ context: Context) throws(Refusal) -> [Change] {
    try context.actor.require([.approver], for: LocalizedText(zh: "结案", en: "Close the case"))
    let change = CaseChange.caseClosed(record.id)
    try requireStage(change, record)
    guard let decision = record.decision else {
      throw Refusal.rule(zh: "尚未作出决定", en: "No decision yet")
    }
    let state = context.state
    if decision.decision.kind == .referral {
      let referral = decision.referral.flatMap { state.referrals[$0] }
      guard let referral, referral.policeTookIt else {
        throw Refusal.rule(
          zh: "公安机关尚未立案：移送不能代替处理决定，案件仍须决定",
          en: "The police have not taken the referral: a referral never stands in for the"
            + " decision; the case still needs one")
      }
      return [.enforcementCase(change)]
    }
    guard record.service != nil else {
      throw Refusal.rule(zh: "决定尚未送达", en: "The decision has not been served")
    }
    if record.fineFen > 0 && record.owedFen(asOf: context.today, in: state) > 0
      && !record.courtApplied
    {
      throw Refusal.rule(
        zh: "罚款（含加处罚款）尚未缴清，也未申请法院强制执行",
        en: "The fine (with any surcharge) is unpaid and no court application is recorded")
    }
    if decision.decision.kind == .noPenaltyMinor && record.rechecks.isEmpty {
      throw Refusal.rule(
        zh: "不予处罚案件须复查后结案", en: "A no-penalty case closes after its re-check")
    }
    return [.enforcementCase(change)]
  }

  /// Archives the case.
  static func archive(_ record: EnforcementCase, _ context: Context) throws(Refusal) -> [Change] {
    try context.actor.require(
      [.clerk, .approver], for: LocalizedText(zh: "归档", en: "Archive the case"))
    let change = CaseChange.caseArchived(record.id)
    try requireStage(change, record)
    return [.enforcementCase(change)]
  }

  /// Invites a social supervisor to the case review.
  static func invite(_ record: EnforcementCase, _ supervisor: SupervisorID, _ context: Context)
    throws(Refusal) -> [Change]
  {
    try context.actor.require(
      [.officer, .legalReviewer, .approver],
      for: LocalizedText(zh: "邀请社会监督员", en: "Invite a social supervisor"))
    let change = CaseChange.supervisorInvited(record.id, supervisor)
    try requireStage(change, record)
    guard let member = context.state.supervisors[supervisor] else {
      throw Refusal.notFound(LocalizedText(zh: "社会监督员", en: "social supervisor"), supervisor.raw)
    }
    if !member.isActive || context.today > member.termTo {
      throw Refusal.rule(
        zh: "监督员 \(member.name) 已不在聘期内", en: "Supervisor \(member.name) is out of term")
    }
    if record.supervisors.contains(where: { $0.supervisor == supervisor }) {
      throw Refusal.rule(zh: "已邀请该监督员", en: "The supervisor is already invited")
    }
    return [.enforcementCase(change)]
  }

  /// Adds an invited supervisor's opinion.
  static func addOpinion(
    _ record: EnforcementCase, _ supervisor: SupervisorID, _ opinion: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(opinion, "supervisor.opinion", zh: "监督意见", en: "The opinion")
    try problems.throwIfAny()
    try context.actor.require(
      [.supervisor, .officer],
      for: LocalizedText(zh: "提交监督意见", en: "Add a supervisor's opinion"))
    let change = CaseChange.supervisorOpinionAdded(record.id, supervisor, opinion: opinion)
    try requireStage(change, record)
    let roles = context.actor.roles
    if let staff = context.actor.staffID, !roles.contains(.officer), staff.raw != supervisor.raw {
      throw Refusal.rule(
        zh: "监督员只能提交本人的意见", en: "A supervisor may add only their own opinion")
    }
    guard let participation = record.supervisors.first(where: { $0.supervisor == supervisor })
    else {
      throw Refusal.rule(
        zh: "该监督员未受邀参与本案", en: "The supervisor is not invited to this case")
    }
    if participation.opinion != nil {
      throw Refusal.rule(zh: "该监督员已提交意见", en: "The supervisor already gave an opinion")
    }
    return [.enforcementCase(change)]
  }
}
