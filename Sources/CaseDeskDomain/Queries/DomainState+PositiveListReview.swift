extension DomainState {
  /// Listed enterprises that need a review for suspension ("review needed"), on a day.
  ///
  /// A case decided against the enterprise (establishing a violation), a verified complaint
  /// clue, or repeated exceedance clues since it was listed put it on the queue; the queue
  /// empties when the entry is suspended, removed or reviewed after the trigger.
  public func positiveListReviewQueue(on day: Day) -> [PositiveListReviewItem] {
    var items: [PositiveListReviewItem] = []
    for entry in positiveList.values.sorted(by: { $0.id < $1.id }) where entry.status == .listed {
      let since = max(entry.listedSince ?? day, lastReview(of: entry) ?? Day(ordinal: Int.min / 2))
      var triggers: [PositiveListReviewItem.Trigger] = []
      for record in cases.values.sorted(by: { $0.id < $1.id }) where record.enterprise == entry.id {
        if let decision = record.decision, decision.decision.kind.establishesViolation,
          decision.decidedOn >= since, decision.decidedOn <= day
        {
          triggers.append(.violation(record.id))
        }
      }
      for clue in verifiedComplaintClues(of: entry.id, in: since...max(since, day)) {
        triggers.append(.verifiedComplaint(clue.id))
      }
      let exceedances = repeatedExceedanceClues(of: entry.id, in: since...max(since, day))
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
