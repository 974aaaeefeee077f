/// One whitespace-separated term of a search query, already normalised.
public enum SearchTerm: Equatable, Sendable {
  /// Plain text: matched as a substring, as pinyin (full or initials) and as a code prefix.
  case text(String)
  /// `field:value`: `value` is a substring of one of the entry's values for the canonical
  /// `field`; an empty value matches every entry that has the field.
  case field(String, String)

  /// True when every entry that `self` matches is also matched by `other`.
  ///
  /// Extending a term at its end only narrows: a longer substring, a longer pinyin (the last
  /// syllable may be partial) or longer initials match a subset. A plain term and a field term
  /// never imply each other.
  func implies(_ other: SearchTerm) -> Bool {
    switch (self, other) {
    case (.text(let mine), .text(let theirs)):
      return mine.utf8.starts(with: theirs.utf8)
    case (.field(let field, let mine), .field(let otherField, let theirs)):
      return field == otherField && mine.utf8.starts(with: theirs.utf8)
    default:
      return false
    }
  }
}
