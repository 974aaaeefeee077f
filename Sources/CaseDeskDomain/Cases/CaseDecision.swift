/// The decision on a case (处理决定).
///
/// A penalty, a lighter or mitigated penalty under a list item, no penalty because the
/// violation is minor (with its findings), no penalty because the facts are not established,
/// or referral to the judicial organs for a suspected crime (which drafts a crime referral).
public enum CaseDecision: Hashable, Sendable {
  case penalty(PenaltyTerms)
  case lighterPenalty(PenaltyTerms, listItem: String)
  case mitigatedPenalty(PenaltyTerms, listItem: String)
  case noPenaltyMinor(NoPenaltyFindings)
  case noPenaltyNotEstablished(reasons: String)
  case referral(CrimeGround, responsiblePersons: [String])

  /// The decision's kind, for filters and statistics.
  public var kind: DecisionKind {
    switch self {
    case .penalty: return .penalty
    case .lighterPenalty: return .lighterPenalty
    case .mitigatedPenalty: return .mitigatedPenalty
    case .noPenaltyMinor: return .noPenaltyMinor
    case .noPenaltyNotEstablished: return .noPenaltyNotEstablished
    case .referral: return .referral
    }
  }

  /// The penalty's terms when the decision imposes one.
  public var penaltyTerms: PenaltyTerms? {
    switch self {
    case .penalty(let terms), .lighterPenalty(let terms, _), .mitigatedPenalty(let terms, _):
      return terms
    default: return nil
    }
  }

  /// The fine in fen (0 without one).
  public var fineFen: Int { penaltyTerms?.fineFen ?? 0 }

  /// The list item applied, if any.
  public var listItem: String? {
    switch self {
    case .lighterPenalty(_, let item), .mitigatedPenalty(_, let item): return item
    case .noPenaltyMinor(let findings): return findings.listItem
    default: return nil
    }
  }
}
