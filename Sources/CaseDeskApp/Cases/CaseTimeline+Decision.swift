import CaseDeskDomain

extension CaseTimeline {
  /// What a decision decided: its kind, then the fine, measures, legal basis, discretion, the
  /// list item and findings, the reasons, or the referral.
  static func decisionText(_ decided: DecisionRecord, strings: Strings) -> String {
    var parts: [String] = []
    let decision = decided.decision
    if let terms = decision.penaltyTerms {
      if terms.fineFen > 0 {
        parts.append(strings.format(.caseDetailDecisionFine, yuan(terms.fineFen, strings: strings)))
      }
      if !terms.otherMeasures.isEmpty { parts.append(terms.otherMeasures) }
      if !terms.legalBasis.isEmpty {
        parts.append(strings.format(.caseDetailDecisionBasis, terms.legalBasis))
      }
      if !terms.discretion.isEmpty {
        parts.append(strings.format(.caseDetailDecisionDiscretion, terms.discretion))
      }
    }
    if let item = decision.listItem, !item.isEmpty {
      parts.append(strings.format(.caseDetailDecisionListItem, item))
    }
    switch decision {
    case .noPenaltyMinor(let findings):
      let checks = LeniencyCriterion.allCases.map { criterion in
        strings.format(
          .caseDetailCheck, strings.localized(criterion.title),
          strings[findings.meets(criterion) ? .yes : .no])
      }
      parts.append(checks.joined(separator: strings[.caseDetailSeparator]))
      parts.append(
        strings.format(
          .caseDetailDecisionCorrection, findings.correctionOrder,
          findings.correctionDeadline.description))
      if let corrected = findings.correctedOn {
        parts.append(strings.format(.caseDetailDecisionCorrected, corrected.description))
      }
    case .noPenaltyNotEstablished(let reasons):
      parts.append(reasons)
    case .referral(let ground, let persons):
      parts.append(ground.description)
      if !persons.isEmpty { parts.append(persons.joined(separator: strings[.caseDetailSeparator])) }
    case .penalty, .lighterPenalty, .mitigatedPenalty:
      break
    }
    if let referral = decided.referral {
      parts.append(strings.format(.caseDetailDecisionReferral, referral.raw))
    }
    let head = strings.format(
      .caseDetailDecision, decided.documentNumber, strings.localized(decision.kind.title))
    return ([head] + parts.filter { !$0.isEmpty }).joined(separator: strings[.caseDetailClause])
  }
}

extension CaseTimeline.Builder {
  /// The decisions set aside, then the decision that stands.
  mutating func decisions(_ record: EnforcementCase) {
    for earlier in record.supersededDecisions {
      add(
        CaseTimeline.decisionText(earlier, strings: strings) + strings[.caseDetailSuperseded],
        earlier.stamp, day: earlier.decidedOn, isSetback: true)
    }
    if let decided = record.decision {
      add(
        CaseTimeline.decisionText(decided, strings: strings), decided.stamp,
        day: decided.decidedOn)
    }
  }
}
