/// A parsed search query: every term must match (AND).
public struct SearchQuery: Equatable, Sendable {
  /// The terms in the order typed.
  public var terms: [SearchTerm]

  public init(terms: [SearchTerm]) {
    self.terms = terms
  }

  /// Parses `text`: terms are separated by whitespace; `name:value` is a field term when `name`
  /// is a canonical field name or one of `fieldAliases` (alias → canonical name, any case),
  /// otherwise the whole token is plain text.
  public static func parse(_ text: String, fieldAliases: [String: String]) -> SearchQuery {
    let normalised = SearchText.normalise(text)
    if normalised.isEmpty { return SearchQuery(terms: []) }
    var names: [String: String] = [:]
    for (alias, canonical) in fieldAliases {
      let field = SearchText.normalise(canonical)
      names[field] = field
      names[SearchText.normalise(alias)] = field
    }
    var terms: [SearchTerm] = []
    for token in normalised.split(separator: " ") {
      if let colon = token.firstIndex(of: ":"), colon != token.startIndex,
        let field = names[String(token[..<colon])]
      {
        terms.append(.field(field, String(token[token.index(after: colon)...])))
      } else {
        terms.append(.text(String(token)))
      }
    }
    return SearchQuery(terms: terms)
  }

  /// True when the query has no terms (it matches everything).
  public var isEmpty: Bool { terms.isEmpty }

  /// True when every match of `self` is also a match of `previous` (so we can narrow).
  ///
  /// That holds when each term of `previous` is implied by some term of `self`: the same kind
  /// of term with the same field, extended at its end.
  public func narrows(_ previous: SearchQuery) -> Bool {
    previous.terms.allSatisfy { old in terms.contains { $0.implies(old) } }
  }
}
