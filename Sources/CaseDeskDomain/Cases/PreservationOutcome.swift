/// What was decided about evidence under preservation (先行登记保存) within its 7 days.
public enum PreservationOutcome: String, Hashable, Sendable, CaseIterable {
  /// Returned to the party.
  case released
  /// Seized or sealed up (查封、扣押).
  case seized
  /// Kept as evidence after testing or identification.
  case retainedAsEvidence
  /// Confiscated under a penalty.
  case confiscated
}
