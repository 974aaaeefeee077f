import CaseDeskDomain

extension PositiveListRow {
  /// The pane's rows on a day: every enterprise with an entry, and every enterprise not
  /// listed that meets each criterion known about it, by name.
  ///
  /// One pass over clues, inspections, cases and referrals; each enterprise without an entry
  /// is assessed once. A row's on-site inspections are those planned in the day's year.
  ///
  /// `register`, when given, is the enterprises pane's rows (sorted by name, with the
  /// commissioners' names): the rows then follow its order without a sort of their own.
  public static func rows(
    of state: DomainState, on day: Day, reviewQueue: [PositiveListReviewItem],
    register: [EnterpriseRow]? = nil
  ) -> [PositiveListRow] {
    var openClues: [EnterpriseID: Int] = [:]
    for clue in state.clues.values where clue.isOpen {
      if let id = clue.enterprise { openClues[id, default: 0] += 1 }
    }
    let onSite = onSiteInspectionsByEnterprise(in: state, year: day.year)
    let facts = state.enforcementFactsByEnterprise()
    let clean = PositiveListEntry.EnforcementFacts(penalties: [], crimeRecords: [])
    let queued = Set(reviewQueue.map(\.enterprise))
    var rows: [PositiveListRow] = []
    func add(_ enterprise: Enterprise, commissionerName: String?) {
      let entry = state.positiveList[enterprise.id]
      let status = entry?.status ?? .notListed
      var basis = LocalizedText(zh: "", en: "")
      if entry == nil || status == .notListed {
        // Most of the register is not listed: the findings alone, without evidence texts,
        // and nothing more for an enterprise that fails one.
        let own = facts[enterprise.id] ?? clean
        var met = 0
        var unknown = 0
        for criterion in PositiveListEntry.Criterion.allCases {
          switch PositiveListEntry.finding(of: criterion, for: enterprise, facts: own, on: day) {
          case .met: met += 1
          case .unknown: unknown += 1
          case .notMet: return
          }
        }
        basis = qualifies(met: met, unknown: unknown)
      }
      var row = PositiveListRow(
        enterprise: enterprise, status: status, commissionerName: commissionerName,
        openClues: openClues[enterprise.id] ?? 0, needsReview: queued.contains(enterprise.id),
        onSiteInspections: onSite[enterprise.id] ?? [])
      if let entry, status != .notListed {
        row.since = status == .listed ? entry.listedSince : entry.history.last?.day
        row.nextReview = entry.nextReviewOn
        row.isReviewOverdue = entry.isReviewOverdue(on: day)
        row.basis = Self.basis(of: entry)
      } else {
        row.isEligible = true
        row.basis = basis
      }
      rows.append(row)
    }
    if let register {
      for row in register { add(row.enterprise, commissionerName: row.commissionerName) }
      return rows
    }
    for enterprise in state.enterprises.values {
      add(enterprise, commissionerName: enterprise.commissioner.flatMap { state.staff[$0]?.name })
    }
    return rows.sorted { ($0.name, $0.enterprise.uscc) < ($1.name, $1.enterprise.uscc) }
  }

  /// The on-site inspections planned in a year and not withdrawn, per enterprise, by planned
  /// day then id (one pass over the inspections).
  static func onSiteInspectionsByEnterprise(
    in state: DomainState, year: Int
  ) -> [EnterpriseID: [Inspection]] {
    var found: [EnterpriseID: [Inspection]] = [:]
    for inspection in state.inspections.values
    where inspection.mode == .onSite && inspection.withdrawal == nil
      && inspection.plannedOn.year == year
    {
      found[inspection.enterprise, default: []].append(inspection)
    }
    for id in found.keys {
      found[id]?.sort { ($0.plannedOn, $0.id) < ($1.plannedOn, $1.id) }
    }
    return found
  }

  /// What an entry's standing rests on, in both languages.
  static func basis(of entry: PositiveListEntry) -> LocalizedText {
    switch entry.status {
    case .suspended, .removed:
      guard let reason = entry.history.last(where: { $0.reason != nil })?.reason else {
        return LocalizedText(zh: "—", en: "—")
      }
      let number = reason.caseNumber.map { " \($0)" } ?? ""
      return LocalizedText(zh: reason.kind.title.zh + number, en: reason.kind.title.en + number)
    case .candidate:
      guard let assessment = entry.pendingAdmission?.assessment else {
        return LocalizedText(zh: "待审批", en: "awaiting approval")
      }
      return checked(assessment)
    case .listed, .notListed:
      guard let assessment = entry.lastAssessment else {
        return LocalizedText(zh: "—", en: "—")
      }
      return checked(assessment)
    }
  }

  /// "7 of 7 met", or with the unknowns the clerk confirmed.
  static func checked(_ assessment: PositiveListEntry.Assessment) -> LocalizedText {
    let total = assessment.checks.count
    let met = assessment.checks.filter { $0.finding == .met }.count
    let unknown = assessment.unknown.count
    if unknown == 0 {
      return LocalizedText(zh: "\(met)/\(total)项符合", en: "\(met)/\(total) met")
    }
    return LocalizedText(
      zh: "\(met)/\(total)项符合，\(unknown)项确认", en: "\(met)/\(total) met, \(unknown) confirmed")
  }

  /// What makes an enterprise that is not listed a candidate: the criteria met and unknown.
  static func qualifies(met: Int, unknown: Int) -> LocalizedText {
    let total = PositiveListEntry.Criterion.allCases.count
    if unknown == 0 {
      return LocalizedText(zh: "可纳入：\(met)/\(total)项符合", en: "qualifies: \(met)/\(total) met")
    }
    return LocalizedText(
      zh: "可纳入：\(met)/\(total)项符合，\(unknown)项不明",
      en: "qualifies: \(met)/\(total) met, \(unknown) unknown")
  }
}
