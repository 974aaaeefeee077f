@testable import CaseDeskDomain

/// A plain, unoptimised reading of docs/search.md: the answers the index must give.
///
/// Every entry is normalised and matched term by term with strings and the readings of each
/// character, with none of the index's filters, layouts or shortcuts.
struct ReferenceSearch {
  /// One text as the pinyin matcher sees it: its Han characters' readings and its letters.
  typealias Units = [[[UInt8]]]

  struct Prepared {
    var code: [UInt8]
    var name: [UInt8]
    var texts: [[UInt8]]
    /// The units of the name first, then of each text.
    var units: [Units]
    var fields: [String: [[UInt8]]]
  }

  let prepared: [Prepared]
  let fieldAliases: [String: String]

  init(_ entries: [SearchEntry], fieldAliases: [String: String]) {
    self.fieldAliases = fieldAliases
    prepared = entries.map { entry in
      let name = SearchText.normalise(entry.name)
      let texts = entry.texts.map(SearchText.normalise)
      var fields: [String: [[UInt8]]] = [:]
      for (field, values) in entry.fields {
        fields[SearchText.normalise(field), default: []] +=
          values.map { Array(SearchText.normalise($0).utf8) }
      }
      return Prepared(
        code: Array(SearchText.normalise(entry.code).utf8), name: Array(name.utf8),
        texts: texts.map { Array($0.utf8) }, units: ([name] + texts).map(Self.units),
        fields: fields)
    }
  }

  static func units(_ text: String) -> Units {
    var out: Units = []
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if HanTables.isHan(value) {
        out.append(HanTables.shared.readingStrings(of: value).map { Array($0.utf8) })
      } else if value >= 0x61 && value <= 0x7A {
        out.append([[UInt8(value)]])
      }
    }
    return out
  }

  /// The ranked positions for `text`, as `SearchIndex.search` must give them.
  func search(_ text: String) -> [Int] {
    let query = SearchQuery.parse(text, fieldAliases: fieldAliases)
    if query.isEmpty { return Array(prepared.indices) }
    var ranked: [(rank: Int, position: Int)] = []
    for (position, entry) in prepared.enumerated() {
      if let rank = rank(of: entry, query) { ranked.append((rank, position)) }
    }
    // Stable within a rank: positions were appended in order.
    return ranked.enumerated().sorted {
      ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset)
    }.map { $0.element.position }
  }

  /// 0 exact code, 1 name prefix, 2 initials, 3 anything else; nil when a term fails.
  func rank(of entry: Prepared, _ query: SearchQuery) -> Int? {
    var best = 3
    for term in query.terms {
      switch term {
      case .field(let field, let value):
        let needle = Array(value.utf8)
        guard let values = entry.fields[field], values.contains(where: { contains($0, needle) })
        else { return nil }
      case .text(let value):
        guard let rank = plainRank(of: entry, Array(value.utf8)) else { return nil }
        best = min(best, rank)
      }
    }
    return best
  }

  func plainRank(of entry: Prepared, _ needle: [UInt8]) -> Int? {
    let isLetters = !needle.isEmpty && needle.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    let isAlphanumeric =
      !needle.isEmpty
      && needle.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }
    if isAlphanumeric && entry.code == needle { return 0 }
    let codePrefix = isAlphanumeric && entry.code.starts(with: needle)
    if entry.name.starts(with: needle) { return 1 }
    if isLetters, let first = entry.units.first, pinyin(needle, 0, first, 0) { return 1 }
    if isLetters, let first = entry.units.first, initials(needle, first, at: 0) { return 1 }
    if isLetters {
      for units in entry.units where initialsAnywhere(needle, units) { return 2 }
      for units in entry.units {
        for start in units.indices where pinyin(needle, 0, units, start) { return 3 }
      }
    }
    if codePrefix { return 3 }
    if ([entry.name] + entry.texts).contains(where: { contains($0, needle) }) { return 3 }
    return nil
  }

  /// Whether `needle[offset...]` is the pinyin of `units[start...]`, the last reading possibly
  /// partial.
  func pinyin(_ needle: [UInt8], _ offset: Int, _ units: Units, _ start: Int) -> Bool {
    if offset == needle.count { return true }
    if start >= units.count { return false }
    let rest = needle[offset...]
    for reading in units[start] {
      if reading.starts(with: rest) { return true }
      if rest.starts(with: reading) && pinyin(needle, offset + reading.count, units, start + 1) {
        return true
      }
    }
    return false
  }

  func initialsAnywhere(_ needle: [UInt8], _ units: Units) -> Bool {
    guard needle.count <= units.count else { return false }
    return (0...(units.count - needle.count)).contains { initials(needle, units, at: $0) }
  }

  /// Whether `needle` is the initials of the units from `start` on.
  func initials(_ needle: [UInt8], _ units: Units, at start: Int) -> Bool {
    guard start + needle.count <= units.count else { return false }
    return needle.enumerated().allSatisfy { index, letter in
      units[start + index].contains { $0.first == letter }
    }
  }

  func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    guard hay.count >= needle.count else { return false }
    for start in 0...(hay.count - needle.count)
    where hay[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
