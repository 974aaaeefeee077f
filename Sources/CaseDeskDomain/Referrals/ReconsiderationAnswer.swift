/// The police's answer to a reconsideration request.
public enum ReconsiderationAnswer: Hashable, Sendable {
  /// The refusal is upheld (procuratorate supervision may follow for a crime referral).
  case upheld(reasons: String)
  /// The refusal is reversed: the case is filed or detention decided.
  case reversed(PoliceDecision)
}
