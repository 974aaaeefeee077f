extension DomainState {
  /// What the workspace holds about an enterprise's penalties and crime records, for the
  /// positive list's criteria, plus any older records the clerk supplies from outside it.
  ///
  /// Penalties are decided cases that impose one (penalty, lighter, mitigated), dated by their
  /// decision; crime records are crime referrals the police took, dated by the police
  /// decision. The workspace is always searched, so neither list is "unknown".
  public func enforcementFacts(
    of enterprise: EnterpriseID, adding supplied: PositiveListEntry.EnforcementFacts = .init()
  ) -> PositiveListEntry.EnforcementFacts {
    var penalties: [PositiveListEntry.PriorRecord] = []
    for record in cases.values where record.enterprise == enterprise {
      guard let decision = record.decision, decision.decision.kind.imposesPenalty else { continue }
      penalties.append(
        PositiveListEntry.PriorRecord(
          day: decision.decidedOn, reference: record.number?.description ?? record.id.raw))
    }
    var crimes: [PositiveListEntry.PriorRecord] = []
    for referral in referrals.values
    where referral.enterprise == enterprise && referral.kind == .crime && referral.policeTookIt {
      let day =
        referral.policeDecision?.decidedOn
        ?? referral.drafted.time.day(utcOffset: settings.utcOffset)
      crimes.append(PositiveListEntry.PriorRecord(day: day, reference: referral.id.raw))
    }
    penalties += supplied.penalties ?? []
    crimes += supplied.crimeRecords ?? []
    let order: (PositiveListEntry.PriorRecord, PositiveListEntry.PriorRecord) -> Bool = {
      ($0.day, $0.reference) < ($1.day, $1.reference)
    }
    func unique(_ records: [PositiveListEntry.PriorRecord]) -> [PositiveListEntry.PriorRecord] {
      var seen: Set<PositiveListEntry.PriorRecord> = []
      return records.sorted(by: order).filter { seen.insert($0).inserted }
    }
    return PositiveListEntry.EnforcementFacts(
      penalties: unique(penalties), crimeRecords: unique(crimes))
  }

  /// `enforcementFacts(of:)` for every enterprise with a penalty or crime record, in one pass
  /// over cases and referrals (an enterprise missing from the map has none).
  public func enforcementFactsByEnterprise() -> [EnterpriseID: PositiveListEntry.EnforcementFacts] {
    var penalties: [EnterpriseID: [PositiveListEntry.PriorRecord]] = [:]
    for record in cases.values {
      guard let decision = record.decision, decision.decision.kind.imposesPenalty else { continue }
      penalties[record.enterprise, default: []].append(
        PositiveListEntry.PriorRecord(
          day: decision.decidedOn, reference: record.number?.description ?? record.id.raw))
    }
    var crimes: [EnterpriseID: [PositiveListEntry.PriorRecord]] = [:]
    for referral in referrals.values where referral.kind == .crime && referral.policeTookIt {
      let day =
        referral.policeDecision?.decidedOn
        ?? referral.drafted.time.day(utcOffset: settings.utcOffset)
      crimes[referral.enterprise, default: []].append(
        PositiveListEntry.PriorRecord(day: day, reference: referral.id.raw))
    }
    var result: [EnterpriseID: PositiveListEntry.EnforcementFacts] = [:]
    for id in Set(penalties.keys).union(crimes.keys) {
      let order: (PositiveListEntry.PriorRecord, PositiveListEntry.PriorRecord) -> Bool = {
        ($0.day, $0.reference) < ($1.day, $1.reference)
      }
      result[id] = PositiveListEntry.EnforcementFacts(
        penalties: (penalties[id] ?? []).sorted(by: order),
        crimeRecords: (crimes[id] ?? []).sorted(by: order))
    }
    return result
  }
}
