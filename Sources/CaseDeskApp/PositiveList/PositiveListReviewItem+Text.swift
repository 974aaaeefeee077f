import CaseDeskDomain

extension PositiveListReviewItem.Trigger {
  /// The trigger as the desk reads it: a case by its number, clues by the day received.
  ///
  /// A case without a number yet (it cannot be decided without one, but old data may lack
  /// it) falls back to its record id.
  func text(in domain: DomainState, strings: Strings) -> String {
    let offset = domain.settings.utcOffset
    switch self {
    case .violation(let id):
      let number = domain.cases[id]?.displayNumber ?? id.raw
      return strings.format(.positiveTriggerViolation, number)
    case .verifiedComplaint(let id):
      let received = domain.clues[id]?.receivedAt.day(utcOffset: offset).description ?? id.raw
      return strings.format(.positiveQueueComplaint, received)
    case .repeatedExceedance(let ids):
      let days = ids.compactMap { domain.clues[$0]?.receivedAt.day(utcOffset: offset) }
      let first = days.min()?.description ?? ids.first?.raw ?? ""
      return strings.format(.positiveQueueExceedance, "\(ids.count)", first)
    }
  }

  /// The reason a suspension for this trigger would give, with the case number for a
  /// violation.
  func suggestedReason(in domain: DomainState, strings: Strings) -> PositiveListEntry.Reason {
    switch self {
    case .violation(let id):
      return PositiveListEntry.Reason(
        kind: .violation, caseNumber: domain.cases[id]?.number?.description,
        text: text(in: domain, strings: strings))
    case .verifiedComplaint:
      return PositiveListEntry.Reason(
        kind: .verifiedComplaint, text: text(in: domain, strings: strings))
    case .repeatedExceedance:
      return PositiveListEntry.Reason(
        kind: .repeatedExceedance, text: text(in: domain, strings: strings))
    }
  }
}

extension PositiveListReviewItem {
  /// Every trigger's text, joined for one line.
  func triggerSummary(in domain: DomainState, strings: Strings) -> String {
    triggers.map { $0.text(in: domain, strings: strings) }.joined(
      separator: strings.language == .zh ? "；" : "; ")
  }
}
