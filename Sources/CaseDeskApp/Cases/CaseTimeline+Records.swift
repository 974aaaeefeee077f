import CaseDeskDomain

extension CaseTimeline {
  /// Where the case came from, with the clue's or inspection's day and kind.
  static func sourceText(_ source: CaseSource, in domain: DomainState, strings: Strings)
    -> String
  {
    switch source {
    case .clue(let id):
      guard let clue = domain.clues[id] else {
        return strings.format(.caseDetailLinkClue, id.raw, "", "")
      }
      return strings.format(
        .caseDetailLinkClue, id.raw,
        clue.receivedAt.day(utcOffset: domain.settings.utcOffset).description,
        strings.localized(clue.source.title))
    case .inspection(let id):
      guard let inspection = domain.inspections[id] else {
        return strings.format(.caseDetailLinkInspection, id.raw, "", "")
      }
      return strings.format(
        .caseDetailLinkInspection, id.raw, inspection.plannedOn.description,
        strings.localized(inspection.kind.title))
    case .other(let text):
      return strings.format(.caseDetailLinkOther, text)
    }
  }

  /// The records linked to a case: its clue or inspection, and its referrals with their kinds,
  /// stages and (given `now`) the time left on their governing deadlines.
  static func links(
    of record: EnforcementCase, in domain: DomainState, strings: Strings, at now: Timestamp? = nil
  ) -> [String] {
    var links = [sourceText(record.source, in: domain, strings: strings)]
    for id in referralIDs(of: record) {
      guard let referral = domain.referrals[id] else {
        links.append(strings.format(.caseDetailLinkReferral, id.raw, ""))
        continue
      }
      var parts = [
        strings.localized(referral.kind.title), strings.localized(referral.stage.title),
      ]
      if let now, let clock = ReferralRow.deadlineItems(ofReferral: id, in: domain, at: now).first {
        parts.append(ReferralColumn.timeLeft(clock, strings: strings))
      }
      links.append(strings.format(.caseDetailLinkReferral, id.raw, parts.joined(separator: " · ")))
    }
    return links
  }

  /// The referrals of a case: those it keeps, then any its decisions name, without repeats.
  static func referralIDs(of record: EnforcementCase) -> [ReferralID] {
    var referrals = record.referrals
    for decided in record.supersededDecisions + [record.decision].compactMap({ $0 }) {
      if let id = decided.referral, !referrals.contains(id) { referrals.append(id) }
    }
    return referrals
  }

  /// The document numbers recorded on a case, in the order they were made, without repeats.
  static func documents(of record: EnforcementCase) -> [String] {
    var numbers: [String] = []
    func add(_ number: String?) {
      guard let number, !number.isEmpty, !numbers.contains(number) else { return }
      numbers.append(number)
    }
    add(record.number?.description)
    for evidence in record.evidence { add(evidence.documentNumber) }
    add(record.priorNotice?.notice.documentNumber)
    for decided in record.supersededDecisions { add(decided.documentNumber) }
    add(record.decision?.documentNumber)
    if case .noPenaltyMinor(let findings)? = record.decision?.decision {
      add(findings.correctionOrder)
    }
    for step in record.enforcement {
      if case .demand(let number, _) = step.action { add(number) }
    }
    return numbers
  }
}
