import CaseDeskDomain

/// A list's search index, held in the state; compared by generation, not by content.
public struct SearchHolder: Equatable, Sendable {
  /// The index, or nil until it is built (the first frame does not wait for it).
  public var engine: IncrementalSearch?
  /// Bumped whenever the index is replaced or updated.
  public var generation: Int

  public init(engine: IncrementalSearch? = nil) {
    self.engine = engine
    self.generation = 0
  }

  public static func == (left: SearchHolder, right: SearchHolder) -> Bool {
    left.generation == right.generation && (left.engine == nil) == (right.engine == nil)
  }
}

extension SearchHolder {
  /// Record positions matching a filter text, best first; builds the index on first use.
  mutating func results(for text: String, build: () -> IncrementalSearch) -> [Int] {
    var search = engine ?? build()
    let found = search.results(for: text)
    engine = search
    return found
  }
}
