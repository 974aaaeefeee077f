/// The outcome of a case review or a legal review: passed with an opinion, or sent back with
/// the reasons.
public enum ReviewOutcome: Hashable, Sendable {
  case passed(opinion: String)
  case sentBack(reasons: String)

  /// Whether the review passed.
  public var isPassed: Bool {
    if case .passed = self { return true }
    return false
  }

  /// The opinion or the reasons.
  public var text: String {
    switch self {
    case .passed(let opinion): return opinion
    case .sentBack(let reasons): return reasons
    }
  }
}
