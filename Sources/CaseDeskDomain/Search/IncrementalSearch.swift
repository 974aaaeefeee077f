/// Keeps the last query and its result: a keystroke that only extends the query narrows the
/// previous result.
public struct IncrementalSearch: Sendable {
  /// The index searched; replacing it forgets the last result.
  public var index: SearchIndex {
    didSet { reset() }
  }
  private var lastQuery: SearchQuery?
  /// The last query's matches in index order; nil when it matched everything.
  private var lastMatches: [Int32]?

  public init(index: SearchIndex) {
    self.index = index
  }

  /// The ranked positions matching `text` (parsed with the index's field aliases); an empty
  /// query gives every position in index order.
  public mutating func results(for text: String) -> [Int] {
    results(for: SearchQuery.parse(text, fieldAliases: index.fieldAliases))
  }

  /// The ranked positions matching `query`, narrowing the last result when `query` narrows it.
  public mutating func results(for query: SearchQuery) -> [Int] {
    if query.isEmpty {
      lastQuery = query
      lastMatches = nil
      return Array(0..<index.count)
    }
    var within: [Int32]?
    var satisfied: [SearchTerm] = []
    if let lastQuery, query.narrows(lastQuery), let lastMatches {
      within = lastMatches
      // Every last match meets the last query's field terms (they carry no rank).
      satisfied = lastQuery.terms.filter { if case .field = $0 { true } else { false } }
    }
    let found = index.matches(query, within: within, satisfied: satisfied)
    lastQuery = query
    lastMatches = found.positions
    return SearchIndex.ranked(found.positions, found.ranks)
  }

  /// Upserts `entry` into the index (the next search starts afresh).
  public mutating func upsert(_ entry: SearchEntry) {
    index.upsert(entry)
  }

  /// Forgets the last query, so the next search scans the whole index.
  public mutating func reset() {
    lastQuery = nil
    lastMatches = nil
  }
}
