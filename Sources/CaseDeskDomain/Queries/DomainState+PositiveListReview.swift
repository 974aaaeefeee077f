extension DomainState {
  /// Listed enterprises that need a review for suspension ("review needed"), on a day.
  ///
  /// A case decided against the enterprise (establishing a violation), a verified complaint
  /// clue, or repeated exceedance clues since it was listed put it on the queue; the queue
  /// empties when the entry is suspended, removed or reviewed after the trigger.
  public func positiveListReviewQueue(on day: Day) -> [PositiveListReviewItem] {
    let listed = positiveList.values.filter { $0.status == .listed }.sorted { $0.id < $1.id }
    guard !listed.isEmpty else { return [] }
    // One pass over cases and clues, grouped by the listed enterprises they concern.
    let ids = Set(listed.map(\.id))
    var casesByEnterprise: [EnterpriseID: [EnforcementCase]] = [:]
    for record in cases.values where ids.contains(record.enterprise) {
      casesByEnterprise[record.enterprise, default: []].append(record)
    }
    // Only verified complaints and exceedances can raise an entry; the rest are not copied.
    var cluesByEnterprise: [EnterpriseID: [Clue]] = [:]
    for index in clues.indices {
      guard clues.values[index].verification == .verified,
        let id = clues.values[index].enterprise, ids.contains(id)
      else { continue }
      let clue = clues.values[index]
      guard clue.source.isComplaint || clue.isVerifiedExceedance else { continue }
      cluesByEnterprise[id, default: []].append(clue)
    }
    let offset = settings.utcOffset
    var items: [PositiveListReviewItem] = []
    for entry in listed {
      let since = max(entry.listedSince ?? day, lastReview(of: entry) ?? Day(ordinal: Int.min / 2))
      let period = since...max(since, day)
      var triggers: [PositiveListReviewItem.Trigger] = []
      let ownCases = (casesByEnterprise[entry.id] ?? []).sorted { $0.id < $1.id }
      for record in ownCases {
        if let decision = record.decision, decision.decision.kind.establishesViolation,
          decision.decidedOn >= since, decision.decidedOn <= day
        {
          triggers.append(.violation(record.id))
        }
      }
      let ownClues = (cluesByEnterprise[entry.id] ?? [])
        .filter { period.contains($0.receivedAt.day(utcOffset: offset)) }
        .sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
      for clue in ownClues where clue.source.isComplaint && clue.verification == .verified {
        triggers.append(.verifiedComplaint(clue.id))
      }
      let exceedances = Self.repeatedExceedance(
        in: ownClues.filter(\.isVerifiedExceedance), rule: .standard, utcOffset: offset)
      if !exceedances.isEmpty { triggers.append(.repeatedExceedance(exceedances.map(\.id))) }
      if !triggers.isEmpty {
        items.append(PositiveListReviewItem(enterprise: entry.id, triggers: triggers))
      }
    }
    return items
  }

  private func lastReview(of entry: PositiveListEntry) -> Day? {
    entry.history.last { $0.kind == .reviewed || $0.kind == .restored }?.day
  }
}
