extension CaseRules {
  /// The criteria every no-penalty (minor) decision must meet, whatever the item: minor,
  /// corrected in time, no harmful consequence (Administrative Penalty Law article 33(1)).
  static let baselineNoPenaltyCriteria: Set<LeniencyCriterion> = [
    .minor, .correctedInTime, .noHarmfulConsequence,
  ]

  /// Validates a decision's input, adding every problem.
  static func validate(
    _ decision: CaseDecision, documentNumber: String, today: Day,
    into problems: inout ProblemCollector
  ) {
    problems.requireText(
      documentNumber, "decision.documentNumber", zh: "决定书编号", en: "The document number")
    func validateTerms(_ terms: PenaltyTerms) {
      if terms.fineFen < 0 {
        problems.add("decision.fine", zh: "罚款不能为负数", en: "The fine cannot be negative")
      } else if terms.fineFen == 0 && terms.otherMeasures.allSatisfy(\.isWhitespace) {
        problems.add(
          "decision.fine", zh: "处罚决定须有罚款或其他处罚种类",
          en: "A penalty needs a fine or another measure")
      }
      problems.requireText(
        terms.legalBasis, "decision.legalBasis", zh: "处罚依据", en: "The legal basis")
      problems.requireText(
        terms.discretion, "decision.discretion", zh: "裁量说明", en: "The discretion note")
    }
    func validateItem(_ item: String, on list: LeniencyList) {
      if LeniencyCatalog.standard.item(item, on: list) == nil {
        problems.add(
          "decision.listItem", zh: "“\(item)”不是\(list.title.zh)的事项",
          en: "“\(item)” is not an item of the \(list.title.en)")
      }
    }
    switch decision {
    case .penalty(let terms): validateTerms(terms)
    case .lighterPenalty(let terms, let item):
      validateTerms(terms)
      validateItem(item, on: .lighterPenalty)
    case .mitigatedPenalty(let terms, let item):
      validateTerms(terms)
      validateItem(item, on: .mitigatedPenalty)
    case .noPenaltyMinor(let findings):
      validateItem(findings.listItem, on: .noPenalty)
      let item = LeniencyCatalog.standard.item(findings.listItem, on: .noPenalty)
      let needed = (item?.criteria ?? []).union(baselineNoPenaltyCriteria)
      for criterion in LeniencyCriterion.allCases
      where needed.contains(criterion) && !findings.meets(criterion) {
        problems.add(
          criterion.field, zh: "不予处罚须符合：\(criterion.title.zh)",
          en: "No penalty needs: \(criterion.title.en)")
      }
      problems.requireText(
        findings.correctionOrder, "decision.correctionOrder", zh: "责令改正决定书编号",
        en: "The correction order")
      if let corrected = findings.correctedOn {
        problems.requireNotFuture(
          corrected, today: today, "decision.correctedOn", zh: "改正日期", en: "The correction date")
        if corrected > findings.correctionDeadline {
          problems.add(
            "decision.correctedOn",
            zh: "改正日期 \(corrected) 晚于责令改正期限 \(findings.correctionDeadline)，不属于及时改正",
            en: "Corrected on \(corrected), after the order's deadline"
              + " \(findings.correctionDeadline): not in time")
        }
      } else {
        problems.add("decision.correctedOn", zh: "请填写改正日期", en: "The correction date is required")
      }
      if let recheck = findings.recheckOn {
        if recheck < today {
          problems.add(
            "decision.recheckOn", zh: "复查日期不能早于今天", en: "The re-check date cannot be past")
        }
      } else {
        problems.add("decision.recheckOn", zh: "请填写复查日期", en: "The re-check date is required")
      }
    case .noPenaltyNotEstablished(let reasons):
      problems.requireText(reasons, "decision.reasons", zh: "不予处罚理由", en: "The reason")
    case .referral(let ground, let persons):
      problems.requireText(ground.description, "decision.ground", zh: "移送理由", en: "The ground")
      if persons.filter({ !$0.allSatisfy(\.isWhitespace) }).isEmpty {
        problems.add(
          "decision.responsiblePersons", zh: "请填写涉案责任人员",
          en: "Name the persons responsible")
      }
    }
  }

  /// Decides the case.
  static func decide(
    _ record: EnforcementCase, _ decision: CaseDecision, _ number: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    validate(decision, documentNumber: number, today: context.today, into: &problems)
    try problems.throwIfAny()
    try context.actor.require([.approver], for: LocalizedText(zh: "作出决定", en: "Decide the case"))
    let state = context.state
    // A crime referral already drafted for the case (by hand, after the legal review) is the
    // one the decision refers to: no second draft.
    let existing = state.referrals.values.filter {
      $0.caseID == record.id && $0.kind == .crime && $0.isOpen
    }.min { $0.id < $1.id }
    let referralID: ReferralID? =
      decision.kind == .referral
      ? existing?.id ?? ReferralRules.nextReferralID(in: state, at: context.time) : nil
    let change = CaseChange.decisionMade(
      record.id, decision, documentNumber: number, decidedOn: context.today, referral: referralID)
    try requireStage(change, record)
    try requireNotSuspended(record)
    if record.stage == .decided {
      guard canDecideAgain(record, in: state) else {
        throw Refusal.rule(zh: "案件已作出决定", en: "The case is already decided")
      }
    }
    try requireDecisionPrerequisites(record, decision.kind, context)
    if case .noPenaltyMinor(let findings) = decision {
      try requireFirstOffence(record, findings, context)
    }
    var changes: [Change] = [.enforcementCase(change)]
    if case .referral(let ground, let persons) = decision, let referralID, existing == nil {
      let draft = ReferralDraft(
        caseID: record.id, ground: .crime(ground), responsiblePersons: persons)
      changes.append(.referral(.referralDrafted(referralID, draft, enterprise: record.enterprise)))
    }
    return changes
  }

  /// Whether a referral decision may be replaced: its referral ended without the police
  /// taking the case (a referral never stands in for a penalty decision).
  static func canDecideAgain(_ record: EnforcementCase, in state: DomainState) -> Bool {
    guard let current = record.decision, current.decision.kind == .referral,
      let id = current.referral, let referral = state.referrals[id]
    else { return false }
    return !referral.isOpen && !referral.policeTookIt
  }

  /// The prior notice, hearing, legal review, discussion and referral guards of a decision.
  static func requireDecisionPrerequisites(
    _ record: EnforcementCase, _ kind: DecisionKind, _ context: Context
  ) throws(Refusal) {
    if record.stage == .hearing, !(record.hearing?.isHeld ?? false) {
      throw Refusal.rule(
        zh: "当事人已申请听证，听证举行前不能作出决定",
        en: "A hearing was requested: no decision before it is held")
    }
    if kind.imposesPenalty {
      guard let notice = record.currentNotice else {
        throw Refusal.rule(
          zh: "作出处罚决定前须事先告知（行政处罚法第四十四条）",
          en: "A penalty needs the prior notice first (Administrative Penalty Law art. 44)")
      }
      if notice.hearingRight && record.hearing == nil && !record.hearingWaived {
        let last = hearingRequestLastDay(servedOn: notice.servedOn, in: context.state)
        if context.today <= last {
          throw Refusal.rule(
            zh: "听证申请期限（至 \(last)）未满，当事人也未放弃听证，不能作出决定",
            en: "The hearing-request window runs to \(last) and the party has not waived it:"
              + " no decision yet")
        }
      }
    }
    if record.needsLegalReview && !record.legalReviewPassed {
      throw Refusal.rule(
        zh: "本案须经法制审核且审核通过后方可决定（行政处罚法第五十八条）",
        en: "This case needs a passed legal review before the decision"
          + " (Administrative Penalty Law art. 58)")
    }
    if record.needsCollectiveDiscussion && !record.discussedThisRound {
      throw Refusal.rule(
        zh: "重大复杂案件须经集体讨论决定（行政处罚法第五十七条）",
        en: "A major or complex case needs a collective discussion"
          + " (Administrative Penalty Law art. 57)")
    }
    if record.crimeReferralFound && kind != .referral {
      let hasReferral = context.state.referrals.values.contains {
        $0.caseID == record.id && $0.kind == .crime && $0.stage != .cancelled
      }
      if !hasReferral {
        throw Refusal.rule(
          zh: "法制审核认为涉嫌犯罪须移送：罚款不能代替移送，请先起草移送",
          en: "The legal review found a crime referral needed: a fine never stands in for a"
            + " referral; draft the referral first")
      }
    }
  }

  /// Refuses a no-penalty (minor) decision when the enterprise had an established violation
  /// decided within the item's look-back period.
  static func requireFirstOffence(
    _ record: EnforcementCase, _ findings: NoPenaltyFindings, _ context: Context
  ) throws(Refusal) {
    guard let item = LeniencyCatalog.standard.item(findings.listItem, on: .noPenalty),
      item.criteria.contains(.firstOffence)
    else { return }
    let today = context.today
    let since =
      Day(year: today.year - item.lookbackYears, month: today.month, day: min(today.day, 28))
      ?? today
    let earlier = context.state.cases.values.filter { other in
      guard other.id != record.id, other.enterprise == record.enterprise,
        let decided = other.decision, decided.decision.kind.establishesViolation
      else { return false }
      return decided.decidedOn >= since
    }.sorted { $0.id < $1.id }
    if let first = earlier.first {
      throw Refusal.rule(
        zh: "非首次违法：\(first.displayNumber) 于近\(item.lookbackYears)年内已认定违法，不适用“\(item.id)”",
        en: "Not a first offence: \(first.displayNumber) established a violation within"
          + " \(item.lookbackYears) years, so “\(item.id)” does not apply")
    }
  }
}
