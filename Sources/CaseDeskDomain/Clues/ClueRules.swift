/// The rules of off-site clues and their triage: who may do what, and how each fact changes
/// the state.
enum ClueRules {
  /// The id prefix of clues (线索).
  static let idPrefix = "XS"

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: ClueCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    switch command {
    case .receiveClue(let intake):
      return try receive([intake], field: { _ in "clue" }, by: actor, at: time, in: state)
    case .receiveClues(let intakes):
      return try receive(intakes, field: { "clues[\($0)]" }, by: actor, at: time, in: state)
    case .verifyClue(let id, let verification):
      try actor.require([.officer], for: LocalizedText(zh: "核实线索", en: "Verify a clue"))
      let clue = try findOpen(id, in: state)
      guard clue.verification != verification else {
        throw Refusal.rule(
          zh: "线索 \(id.raw) 已记录同样的核实结果",
          en: "Clue \(id.raw) already has this verification result")
      }
      return [.clue(.verified(id, verification))]
    case .extendFilingDecision(let id, let reason):
      return try extend(id, reason: reason, by: actor, at: time, in: state)
    case .dismissClue(let id, let reason):
      if reason.allSatisfy(\.isWhitespace) {
        throw Refusal.invalid([
          ValidationProblem(
            field: "dismissal.reason", zh: "不予立案（销号）须说明理由",
            en: "Dismissing a clue needs a reason")
        ])
      }
      try actor.require([.officer], for: LocalizedText(zh: "线索销号", en: "Dismiss a clue"))
      _ = try findOpen(id, in: state)
      return [.clue(.dismissed(id, reason: reason))]
    case .convertClueToInspection(let id, let enterprise, let mode, let day, let officers):
      return try convert(
        id, enterprise: enterprise, mode: mode, day: day, officers: officers, by: actor, at: time,
        in: state)
    }
  }

  private static func receive(
    _ intakes: [ClueIntake], field: (Int) -> String, by actor: ActorContext, at time: Timestamp,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    var problems: [ValidationProblem] = []
    if intakes.isEmpty {
      problems.append(
        ValidationProblem(field: "clues", zh: "没有要登记的线索", en: "No clues to register"))
    }
    for (index, intake) in intakes.enumerated() {
      problems += intakeProblems(intake, field: field(index), at: time, in: state)
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require([.officer, .clerk], for: LocalizedText(zh: "登记线索", en: "Register a clue"))
    var changes: [Change] = []
    changes.reserveCapacity(intakes.count)
    for (offset, intake) in intakes.enumerated() {
      let raw = state.nextRecordID(prefix: idPrefix, at: time, offset: offset)
      changes.append(.clue(.received(ClueID(raw), intake)))
    }
    return changes
  }

  /// Problems with one intake; `field` prefixes each field name.
  static func intakeProblems(
    _ intake: ClueIntake, field: String, at time: Timestamp, in state: DomainState
  ) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    if intake.facts.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(field: "\(field).facts", zh: "线索事实不能为空", en: "The facts are required"))
    }
    if let enterprise = intake.enterprise {
      if state.enterprises[enterprise] == nil {
        problems.append(
          ValidationProblem(
            field: "\(field).enterprise", zh: "企业名录中没有 \(enterprise.raw)",
            en: "\(enterprise.raw) is not in the register"))
      }
    } else if intake.source.requiresEnterprise {
      problems.append(
        ValidationProblem(
          field: "\(field).enterprise", zh: "在线监测线索须注明企业",
          en: "An online-monitoring clue must name its enterprise"))
    }
    if intake.receivedAt > time {
      problems.append(
        ValidationProblem(
          field: "\(field).receivedAt", zh: "收到时间不能晚于现在",
          en: "The time received is in the future"))
    }
    if let m = intake.measurement {
      let name = "\(field).measurement"
      if m.pollutant.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: "\(name).pollutant", zh: "须注明污染物", en: "The pollutant is required"))
      }
      if m.unit.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(field: "\(name).unit", zh: "须注明单位", en: "The unit is required"))
      }
      if !m.measured.isFinite || m.measured < 0 {
        problems.append(
          ValidationProblem(
            field: "\(name).measured", zh: "监测值须为非负数",
            en: "The measured value must be a number, zero or more"))
      }
      if let limit = m.limit, !limit.isFinite || limit <= 0 {
        problems.append(
          ValidationProblem(
            field: "\(name).limit", zh: "限值须为正数", en: "The limit must be a positive number"))
      }
    }
    return problems
  }

  private static func extend(
    _ id: ClueID, reason: String, by actor: ActorContext, at time: Timestamp,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    if reason.allSatisfy(\.isWhitespace) {
      throw Refusal.invalid([
        ValidationProblem(
          field: "extension.reason", zh: "延期须说明理由", en: "An extension needs a reason")
      ])
    }
    try actor.require(
      [.approver], for: LocalizedText(zh: "批准立案审查延期", en: "Extend a filing decision"))
    let clue = try findOpen(id, in: state)
    guard clue.filingExtension == nil else {
      throw Refusal.rule(
        zh: "线索 \(id.raw) 的立案审查期限已延长过一次（15 日 +15 日）",
        en: "Clue \(id.raw)'s filing decision has already been extended once (15 + 15 days)")
    }
    if let rule = state.settings.clocks[.clueFilingDecision] {
      guard !rule.extensions.isEmpty else {
        throw Refusal.rule(
          zh: "期限表不允许延长“\(rule.title.zh)”",
          en: "The clock table allows no extension of"
            + " \(rule.title.en)")
      }
      let due = LegalClock.due(
        rule, start: clue.receivedAt, calendar: state.calendar,
        utcOffset: state.settings.utcOffset)
      if LegalClock.status(of: due, at: time, utcOffset: state.settings.utcOffset).isOverdue {
        throw Refusal.rule(
          zh: "线索 \(id.raw) 的立案审查期限（\(due)）已届满，延期须在届满前批准",
          en: "Clue \(id.raw)'s filing decision was due \(due); an extension must be approved"
            + " before the deadline")
      }
    }
    return [.clue(.filingDecisionExtended(id, reason: reason))]
  }

  private static func convert(
    _ id: ClueID, enterprise: EnterpriseID?, mode: Inspection.Mode?, day: Day,
    officers: [StaffID], by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let clue = state.clues[id]
    var problems: [ValidationProblem] = []
    let target = enterprise ?? clue?.enterprise
    if let clue, let named = clue.enterprise, let enterprise, named != enterprise {
      problems.append(
        ValidationProblem(
          field: "plan.enterprise", zh: "线索 \(id.raw) 涉及的是 \(named.raw)",
          en: "Clue \(id.raw) concerns \(named.raw)"))
    }
    if clue != nil, target == nil {
      problems.append(
        ValidationProblem(
          field: "plan.enterprise", zh: "线索未注明企业，请指定被检查企业",
          en: "The clue names no enterprise: choose the one to inspect"))
    }
    let today = time.day(utcOffset: state.settings.utcOffset)
    if day < today {
      problems.append(
        ValidationProblem(
          field: "plan.plannedOn", zh: "计划检查日期不能早于今天（\(today)）",
          en: "The planned day cannot be before today (\(today))"))
    }
    problems += InspectionRules.officerProblems(officers, field: "plan.officers", in: state)
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require(
      [.officer], for: LocalizedText(zh: "线索转检查", en: "Convert a clue to an inspection"))
    let open = try findOpen(id, in: state)
    guard let target = target ?? open.enterprise else {
      throw Refusal.rule(zh: "线索未注明企业", en: "The clue names no enterprise")
    }
    let plan = InspectionPlan(
      enterprise: target, kind: .onClue, mode: mode, plannedOn: day, officers: officers,
      reason: .clue(id))
    let planned = try InspectionRules.validatePlan(plan, by: actor, at: time, in: state)
    return [.inspection(.planned(planned)), .clue(.convertedToInspection(id, planned.id))]
  }

  private static func findOpen(_ id: ClueID, in state: DomainState) throws(Refusal) -> Clue {
    guard let clue = state.clues[id] else {
      throw Refusal.notFound(LocalizedText(zh: "线索", en: "clue"), id.raw)
    }
    guard clue.isOpen else {
      throw Refusal.rule(
        zh: "线索 \(id.raw) 已处置（\(clue.disposition?.title.zh ?? "")），不能再更改",
        en: "Clue \(id.raw) has been disposed of (\(clue.disposition?.title.en ?? "")) and can"
          + " no longer change")
    }
    return clue
  }
}
