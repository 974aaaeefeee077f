extension ReferralRules {
  typealias Context = CaseRules.Context

  /// Validates a referral ground, adding every problem.
  static func validate(_ ground: ReferralGround, into problems: inout ProblemCollector) {
    switch ground {
    case .crime(let crime):
      problems.requireText(crime.description, "referral.ground", zh: "移送理由", en: "The ground")
      for (index, fact) in crime.facts.enumerated() {
        switch fact {
        case .hazardousWaste(let kilograms) where kilograms <= 0:
          problems.add(
            "referral.facts[\(index)]", zh: "危险废物数量须大于零", en: "The quantity must be positive")
        case .discharge(_, let measured, let standard) where measured < 0 || standard <= 0:
          problems.add(
            "referral.facts[\(index)]", zh: "监测值不能为负、标准值须大于零",
            en: "The measured value cannot be negative and the standard must be positive")
        default: break
        }
      }
    case .detention: break
    }
  }

  /// Drafts a referral.
  static func draft(_ draft: ReferralDraft, _ context: Context) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    validate(draft.ground, into: &problems)
    if draft.responsiblePersons.filter({ !$0.allSatisfy(\.isWhitespace) }).isEmpty {
      problems.add(
        "referral.responsiblePersons", zh: "请填写涉案责任人员", en: "Name the persons responsible")
    }
    try problems.throwIfAny()
    try context.actor.require([.officer], for: LocalizedText(zh: "起草移送", en: "Draft a referral"))
    let state = context.state
    guard let record = state.cases[draft.caseID] else {
      throw Refusal.notFound(LocalizedText(zh: "案件", en: "case"), draft.caseID.raw)
    }
    if record.isArchived {
      throw Refusal(
        .readOnly,
        LocalizedText(
          zh: "案件 \(record.displayNumber) 已归档", en: "Case \(record.displayNumber) is archived"))
    }
    if record.number == nil || record.stage == .withdrawn {
      throw Refusal.rule(
        zh: "案件未立案或已撤销立案，不能移送", en: "The case is not filed (or withdrawn): no referral")
    }
    if draft.ground.kind == .detention && !hasPenaltyDecision(record.id, in: state) {
      throw Refusal.rule(
        zh: "行政拘留移送须在作出行政处罚决定之后（环境保护法第六十三条；移送行政拘留暂行办法）",
        en: "A detention referral needs the penalty decision first (Environmental Protection Law"
          + " art. 63)")
    }
    if let open = state.referrals.values.first(where: {
      $0.caseID == record.id && $0.kind == draft.ground.kind && $0.isOpen
    }) {
      throw Refusal.rule(
        zh: "本案已有未结束的\(draft.ground.kind.title.zh)：\(open.id)",
        en: "The case already has an open \(draft.ground.kind.title.en) referral: \(open.id)")
    }
    let id = nextReferralID(in: state, at: context.time)
    return [.referral(.referralDrafted(id, draft, enterprise: record.enterprise))]
  }

  /// Ticks a document.
  static func tick(
    _ referral: Referral, _ document: ReferralDocument, _ number: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(number, "document.number", zh: "文书编号", en: "The document number")
    let allowed = referral.kind.requiredDocuments + referral.kind.optionalDocuments
    if !allowed.contains(document) {
      problems.add(
        "document.kind", zh: "\(referral.kind.title.zh)不含“\(document.title.zh)”",
        en: "A \(referral.kind.title.en) referral has no \(document.title.en)")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .legalReviewer], for: LocalizedText(zh: "登记移送材料", en: "Tick a document"))
    let change = ReferralChange.documentTicked(referral.id, document, documentNumber: number)
    try requireStage(change, referral)
    return [.referral(change)]
  }

  /// Unticks a document.
  static func untick(_ referral: Referral, _ document: ReferralDocument, _ context: Context)
    throws(Refusal) -> [Change]
  {
    try context.actor.require(
      [.officer, .legalReviewer], for: LocalizedText(zh: "撤下移送材料", en: "Untick a document"))
    let change = ReferralChange.documentUnticked(referral.id, document)
    try requireStage(change, referral)
    if referral.documents[document] == nil {
      throw Refusal.rule(zh: "该材料未登记", en: "The document is not ticked")
    }
    return [.referral(change)]
  }

  /// The department head approves.
  static func approve(_ referral: Referral, _ context: Context) throws(Refusal) -> [Change] {
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "批准移送", en: "Approve the referral"))
    let change = ReferralChange.referralApproved(referral.id)
    try requireStage(change, referral)
    return [.referral(change)]
  }

  /// Hands the referral over.
  static func handOver(
    _ referral: Referral, _ unit: String, _ at: Timestamp, _ copy: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(unit, "handOver.policeUnit", zh: "接收的公安机关", en: "The police unit")
    if referral.kind == .crime {
      problems.requireText(
        copy, "handOver.procuratorateCopy", zh: "抄送的人民检察院", en: "The procuratorate copied")
    }
    if at > context.time {
      problems.add("handOver.at", zh: "移送时间不能晚于现在", en: "The hand-over cannot be in the future")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "移送公安机关", en: "Hand over to the police"))
    let change = ReferralChange.handedOver(
      referral.id, policeUnit: unit, at: at, procuratorateCopy: copy)
    try requireStage(change, referral)
    if let approved = referral.approval?.time, at < approved {
      throw Refusal.rule(zh: "移送时间早于批准时间", en: "The hand-over precedes the approval")
    }
    let missing = missingDocuments(referral, in: context.state)
    if !missing.isEmpty {
      throw Refusal.rule(
        zh: "移送材料不全，缺：\(missing.map(\.title.zh).joined(separator: "、"))",
        en: "The package is incomplete; missing: \(missing.map(\.title.en).joined(separator: ", "))"
      )
    }
    if referral.kind == .detention && !hasPenaltyDecision(referral.caseID, in: context.state) {
      throw Refusal.rule(
        zh: "行政拘留移送须先作出行政处罚决定", en: "A detention referral needs the penalty decision first")
    }
    return [.referral(change)]
  }

  /// Records the police's receipt.
  static func receipt(
    _ referral: Referral, _ at: Timestamp, _ number: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(number, "receipt.number", zh: "回执编号", en: "The receipt number")
    if at > context.time {
      problems.add("receipt.at", zh: "接收时间不能晚于现在", en: "The receipt cannot be in the future")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "登记公安回执", en: "Record the police receipt"))
    let change = ReferralChange.receiptRecorded(referral.id, at: at, receiptNumber: number)
    try requireStage(change, referral)
    if let handed = referral.handOver?.handedOverAt, at < handed {
      throw Refusal.rule(zh: "接收时间早于移送时间", en: "The receipt precedes the hand-over")
    }
    return [.referral(change)]
  }

  /// Records a request for more material.
  static func materialRequest(
    _ referral: Referral, _ at: Timestamp, _ items: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(items, "materialRequest.items", zh: "需补充的材料", en: "The list of items")
    if at > context.time {
      problems.add(
        "materialRequest.at", zh: "要求时间不能晚于现在", en: "The request cannot be in the future")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "登记补充材料要求", en: "Record a material request"))
    let change = ReferralChange.materialRequested(referral.id, at: at, items: items)
    try requireStage(change, referral)
    if let received = referral.receipt?.receivedAt, at < received {
      throw Refusal.rule(zh: "要求时间早于接收时间", en: "The request precedes the receipt")
    }
    return [.referral(change)]
  }

  /// Records the material supplied.
  static func supply(_ referral: Referral, _ note: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(note, "materialSupply.note", zh: "补充材料说明", en: "The note")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "补充移送材料", en: "Supply material"))
    let change = ReferralChange.materialSupplied(referral.id, note: note)
    try requireStage(change, referral)
    return [.referral(change)]
  }

  /// Validates a police decision for a referral kind.
  static func validate(
    _ decision: PoliceDecision, kind: ReferralKind, into problems: inout ProblemCollector
  ) {
    switch (decision, kind) {
    case (.filed, .crime), (.refused, .detention): break
    case (.notFiled(let reasons), .crime):
      problems.requireText(reasons, "policeDecision.reasons", zh: "不予立案理由", en: "The reason")
    case (.detentionDecided(let days, let lessSerious), .detention):
      let range = lessSerious ? 5...10 : 10...15
      if !range.contains(days) {
        problems.add(
          "policeDecision.days",
          zh: "拘留天数须为\(range.lowerBound)至\(range.upperBound)日（环境保护法第六十三条）",
          en: "Detention is \(range.lowerBound)–\(range.upperBound) days"
            + " (Environmental Protection Law art. 63)")
      }
    default:
      problems.add(
        "policeDecision.kind", zh: "该决定不适用于\(kind.title.zh)",
        en: "That decision does not fit a \(kind.title.en) referral")
    }
  }

  /// Records the police decision.
  static func policeDecision(
    _ referral: Referral, _ decision: PoliceDecision, _ day: Day, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    validate(decision, kind: referral.kind, into: &problems)
    problems.requireNotFuture(
      day, today: context.today, "policeDecision.decidedOn", zh: "决定日期", en: "The decision date")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "登记公安决定", en: "Record the police decision"))
    let change = ReferralChange.policeDecisionRecorded(referral.id, decision, decidedOn: day)
    try requireStage(change, referral)
    let utc = context.state.settings.utcOffset
    if let received = referral.receipt?.receivedAt.day(utcOffset: utc), day < received {
      throw Refusal.rule(zh: "决定日期早于接收日期", en: "The decision precedes the receipt")
    }
    return [.referral(change)]
  }

  /// Records refusal reasons that came after the decision.
  static func refusalReasons(_ referral: Referral, _ reasons: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(reasons, "policeDecision.reasons", zh: "不予拘留理由", en: "The reason")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "登记不予拘留理由", en: "Record refusal reasons"))
    let change = ReferralChange.refusalReasonsRecorded(referral.id, reasons: reasons)
    try requireStage(change, referral)
    guard case .refused(let known)? = referral.policeDecision?.decision, known.isEmpty else {
      throw Refusal.rule(
        zh: "没有待说明理由的不予拘留决定", en: "No detention refusal is waiting for reasons")
    }
    return [.referral(change)]
  }

  /// The last day to ask for reconsideration of the refusal recorded on `referral`.
  static func reconsiderationLastDay(_ referral: Referral, in state: DomainState) -> Day? {
    guard let decided = referral.policeDecision else { return nil }
    let rule = CaseClocks.rule(.reconsiderationRequest, in: state)
    let due = LegalClock.due(
      rule, start: decided.stamp.time, calendar: CaseClocks.calendar(in: state),
      utcOffset: state.settings.utcOffset)
    return CaseClocks.dueDay(due, utcOffset: state.settings.utcOffset)
  }

  /// Asks for reconsideration.
  static func reconsider(_ referral: Referral, _ grounds: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(grounds, "reconsideration.grounds", zh: "复议理由", en: "The ground")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "提请复议", en: "Ask for reconsideration"))
    let change = ReferralChange.reconsiderationRequested(referral.id, grounds: grounds)
    try requireStage(change, referral)
    guard let decision = referral.policeDecision, decision.decision.isRefusal else {
      throw Refusal.rule(
        zh: "公安未作出不予立案或不予拘留决定，无需复议",
        en: "The police did not refuse: there is nothing to reconsider")
    }
    if let last = reconsiderationLastDay(referral, in: context.state), context.today > last {
      throw Refusal.rule(
        zh: "提请复议须在收到决定后三个工作日内（截至 \(last)）",
        en: "Reconsideration must be asked within 3 working days of the refusal (last day \(last))")
    }
    return [.referral(change)]
  }

  /// Records the reconsideration's answer.
  static func answerReconsideration(
    _ referral: Referral, _ answer: ReconsiderationAnswer, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    switch answer {
    case .upheld(let reasons):
      problems.requireText(reasons, "reconsideration.reasons", zh: "维持理由", en: "The reason")
    case .reversed(let decision):
      if decision.isRefusal {
        problems.add(
          "reconsideration.decision", zh: "改变决定须为立案或决定拘留",
          en: "A reversal must file the case or decide detention")
      } else {
        validate(decision, kind: referral.kind, into: &problems)
      }
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "登记复议结果", en: "Record the answer"))
    let change = ReferralChange.reconsiderationAnswered(referral.id, answer)
    try requireStage(change, referral)
    return [.referral(change)]
  }

  /// Asks the procuratorate to supervise.
  static func supervise(_ referral: Referral, _ note: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(note, "supervision.note", zh: "建议内容", en: "The note")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "建议检察院立案监督", en: "Ask for supervision"))
    let change = ReferralChange.supervisionRequested(referral.id, note: note)
    try requireStage(change, referral)
    guard referral.kind == .crime, case .upheld? = referral.reconsideration?.answer else {
      throw Refusal.rule(
        zh: "只有涉嫌犯罪移送在复议维持不予立案后可建议立案监督",
        en: "Supervision follows only an upheld refusal to file a crime referral")
    }
    return [.referral(change)]
  }

  /// Closes the referral.
  static func close(_ referral: Referral, _ note: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "结束移送", en: "Close the referral"))
    let change = ReferralChange.referralClosed(referral.id, note: note)
    try requireStage(change, referral)
    return [.referral(change)]
  }

  /// Cancels a referral before hand-over.
  static func cancel(_ referral: Referral, _ reason: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(reason, "cancellation.reason", zh: "撤回理由", en: "The reason")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "撤回移送", en: "Cancel the referral"))
    let change = ReferralChange.referralCancelled(referral.id, reason: reason)
    try requireStage(change, referral)
    let state = context.state
    if let record = state.cases[referral.caseID], record.crimeReferralFound,
      referral.kind == .crime, record.decision == nil
    {
      throw Refusal.rule(
        zh: "法制审核认定须移送：不能撤回（罚款不能代替移送）",
        en: "The legal review found a referral needed: it cannot be cancelled")
    }
    return [.referral(change)]
  }
}
