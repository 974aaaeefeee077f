/// One record of a list pane as the search index sees it.
///
/// The index normalises every text with `SearchText`; callers pass the record's texts as shown.
public struct SearchEntry: Sendable, Equatable {
  /// The record's id; `SearchIndex.upsert` replaces the entry with the same id.
  public var id: String
  /// A code matched by prefix and exactly (the USCC for an enterprise); empty when there is none.
  public var code: String
  /// The primary name: ranked first when the query is its prefix, matched by pinyin too.
  public var name: String
  /// The other texts (short name, district, legal representative…), matched as substrings and
  /// by pinyin.
  public var texts: [String]
  /// Values for `field:value` terms, by canonical field name (lower case); a value may be given
  /// in both languages (`["key", "重点"]`).
  public var fields: [String: [String]]

  public init(
    id: String, code: String = "", name: String, texts: [String] = [],
    fields: [String: [String]] = [:]
  ) {
    self.id = id
    self.code = code
    self.name = name
    self.texts = texts
    self.fields = fields
  }
}
