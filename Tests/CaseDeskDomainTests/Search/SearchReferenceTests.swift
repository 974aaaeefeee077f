import Testing

@testable import CaseDeskDomain

/// The index, with all its filters and fast paths, against the plain `ReferenceSearch`.
@Suite struct SearchReferenceTests {
  static let pieces = [
    "鞍山", "钢铁", "鋼鐵", "长沙", "重庆", "银行", "有限公司", "海城", "镁业", "ABC", "阿", "鹅", "1号",
    "９", "二", "路", " ", "·", "铁西区", "行远", "化工", "gang", "e", "特钢", "长", "重", "行", "Co.",
    "㐀", "恒盛", "大", "安", "山", "西", "an", "钢", "铁",
  ]

  /// A small random register in which polyphones, letters, digits and punctuation mix.
  static func register(_ random: inout SeededRandom, count: Int) -> [SearchEntry] {
    let phrase = { (random: inout SeededRandom, most: Int) -> String in
      (0...random.below(most)).map { _ in random.pick(pieces) ?? "" }.joined()
    }
    return (0..<count).map { serial in
      let code =
        random.below(4) == 0 ? "GT\(serial % 7)" : "91210300M" + String(100_000 + serial * 37)
      var fields: [String: [String]] = [
        "district": [random.below(2) == 0 ? "铁西区" : "铁东区"],
        "tier": random.below(3) == 0 ? ["key", "重点"] : ["general", "一般"],
      ]
      if random.below(4) == 0 { fields["tag"] = ["信访"] }
      return SearchEntry(
        id: "e\(serial)", code: code, name: phrase(&random, 4),
        texts: (0..<random.below(4)).map { _ in phrase(&random, 2) }, fields: fields)
    }
  }

  /// A query made from a piece of one entry: the text itself, its pinyin (full, possibly cut
  /// short) or its initials, a code prefix, a single character or a field term.
  static func query(_ random: inout SeededRandom, _ entries: [SearchEntry]) -> String {
    guard let entry = random.pick(entries) else { return "" }
    let source = Array(SearchText.normalise(random.pick([entry.name] + entry.texts) ?? ""))
    let start = random.below(source.count)
    let piece =
      source.isEmpty ? [] : Array(source[start..<min(source.count, start + 1 + random.below(4))])
    let readings = piece.compactMap { character -> String? in
      guard let scalar = character.unicodeScalars.first else { return nil }
      if HanTables.isHan(scalar.value) {
        return random.pick(HanTables.shared.readingStrings(of: scalar.value))
      }
      return character.isLetter && character.isASCII ? String(character) : nil
    }
    switch random.below(8) {
    case 0: return String(piece)
    case 1:
      let pinyin = readings.joined()
      return String(pinyin.prefix(1 + random.below(max(1, pinyin.count))))
    case 2: return String(readings.compactMap(\.first))
    case 3: return String(entry.code.prefix(1 + random.below(max(1, entry.code.count))))
    case 4: return String(piece.prefix(1))
    case 5: return "district:" + (random.pick(["铁", "铁西", "东区", ""]) ?? "")
    case 6: return (random.pick(["tier:key ", "标签:信 ", "gt ", "区县:铁东 "]) ?? "") + String(piece)
    default: return String(readings.joined().prefix(1 + random.below(3)))
    }
  }

  @Test func freshAndIncrementalSearchesGiveThePlainAnswers() {
    var random = SeededRandom(seed: 0x5EA4_F457)
    for round in 0..<6 {
      let entries = Self.register(&random, count: 120 + round * 40)
      let aliases = SearchEntry.enterpriseFieldAliases
      let index = SearchIndex(entries, fieldAliases: aliases)
      let reference = ReferenceSearch(entries, fieldAliases: aliases)
      var incremental = IncrementalSearch(index: index)
      for _ in 0..<40 {
        let text = Self.query(&random, entries)
        let expected = reference.search(text)
        #expect(
          index.search(SearchQuery.parse(text, fieldAliases: aliases)) == expected, "query \(text)")
        // Typed one character at a time, each keystroke narrowing the last.
        var typed = ""
        for character in text {
          typed.append(character)
          #expect(incremental.results(for: typed) == reference.search(typed), "typing \(typed)")
        }
      }
    }
  }

  @Test func upsertsPastTheSetsRoomKeepEveryAnswer() {
    var random = SeededRandom(seed: 0x0915)
    let entries = Self.register(&random, count: 70)
    let aliases = SearchEntry.enterpriseFieldAliases
    // An empty index has room for 16 positions; appending grows it twice.
    var index = SearchIndex([], fieldAliases: aliases)
    for entry in entries { index.upsert(entry) }
    let reference = ReferenceSearch(entries, fieldAliases: aliases)
    for text in ["g", "gt", "zq", "gang", "anshan", "chang", "asgt", "cs", "钢", "9121", "1号", "e"] {
      #expect(
        index.search(SearchQuery.parse(text, fieldAliases: aliases)) == reference.search(text),
        "query \(text)")
    }
  }

  @Test func shortTermsAndAsciiFilterKeepTheirMeaning() {
    let index = SearchIndex([
      SearchEntry(id: "1", code: "X1", name: "某公司", texts: ["长江路9号"]),
      SearchEntry(id: "2", code: "X2", name: "重庆公司", texts: ["长", "江"]),
      SearchEntry(id: "3", code: "X3", name: "钢", texts: ["江"]),
      SearchEntry(id: "4", code: "X4", name: "abc", texts: ["90号"]),
    ])
    let search = { (text: String) in index.search(SearchQuery.parse(text, fieldAliases: [:])) }
    // Two letters: initials of adjacent characters of one text only.
    #expect(search("cj") == [0])
    #expect(search("gj") == [])
    #expect(search("zq") == [1])
    // One letter: name start, then initials anywhere.
    #expect(search("g") == [2, 0, 1])
    #expect(search("j") == [0, 1, 2])
    // One Han character, ASCII substrings.
    #expect(search("江") == [0, 1, 2])
    #expect(search("9号") == [0])
    #expect(search("0号") == [3])
    #expect(search("9") == [0, 3])
    // Three letters and more: pinyin from any character.
    #expect(search("jianglu") == [0])
    #expect(search("changjiang") == [0])
    #expect(search("gongsi") == [0, 1])
  }

  @Test func referenceAgreesWithTheFixture() {
    let reference = ReferenceSearch(
      SearchFixture.entries, fieldAliases: SearchEntry.enterpriseFieldAliases)
    for text in [
      "钢铁", "鋼鐵", "asgt", "cq", "zq", "anshan", "changs", "91210300m", "钢", "g", "tier:key 钢铁",
    ] {
      #expect(reference.search(text) == SearchFixture.search(text), "query \(text)")
    }
    #expect(reference.search("gt").isEmpty == false)
  }
}
