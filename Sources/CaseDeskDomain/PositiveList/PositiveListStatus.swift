/// An enterprise's standing on the positive list (监督执法正面清单).
public enum PositiveListStatus: String, Hashable, Sendable, CaseIterable {
  case notListed
  case candidate
  case listed
  case suspended
  case removed
}
