import Testing

@testable import CaseDeskDomain

@Suite struct SearchIndexTests {
  typealias F = SearchFixture

  @Test func chineseSubstringMatchesNameAndTexts() {
    #expect(F.search("钢铁") == [0, 4, 5, 6])
    #expect(F.search("集团") == [0])
    #expect(F.search("张长海") == [0])
    #expect(F.search("八里镇") == [3])
    #expect(F.search("不存在") == [])
  }

  @Test func traditionalQueryFindsSimplifiedDataAndTheReverse() {
    #expect(F.search("鋼鐵") == F.search("钢铁"))
    #expect(F.search("鋼鐵集團") == [0])
    #expect(F.search("镁业钢铁") == [6])
    #expect(F.search("海城镁业") == [6])
  }

  @Test func fullPinyinPrefixSubstringAndPartialSyllable() {
    #expect(F.search("anshan").first == 0)
    #expect(F.search("anshangangtie") == [0])
    #expect(F.search("gangtie") == [0, 4, 5, 6])
    #expect(F.search("changs").first == 1)
    #expect(F.search("changsh") == [1])
    #expect(F.search("chongqinghangyuan") == [2])
    #expect(F.search("zhongqingxingyuan") == [2])
    #expect(F.search("anshanx") == [])
    #expect(F.search("hongdagangti") == [5])
  }

  @Test func initialsMatchPolyphonesWithAnyReading() {
    #expect(F.search("asgt") == [0])
    #expect(F.search("cs").first == 1)
    #expect(F.search("yh").contains(1))
    #expect(F.search("cq").first == 2)
    #expect(F.search("zq").first == 2)
    #expect(F.search("cqhy") == [2])
    #expect(F.search("zqxy") == [2])
    #expect(F.search("hdgt") == [5])
    #expect(F.search("xqgt") == [])
  }

  @Test func oneLetterReadingsAndTextBoundaries() {
    let index = SearchIndex([
      SearchEntry(id: "1", name: "阿南化工", texts: ["鹅"]),
      SearchEntry(id: "2", name: "钢", texts: ["铁"]),
    ])
    let search = { (text: String) in index.search(SearchQuery.parse(text, fieldAliases: [:])) }
    #expect(search("anan") == [0])
    #expect(search("anh") == [0])
    #expect(search("anhg") == [0])
    #expect(search("e") == [0])
    // Pinyin and initials do not run from one text into the next.
    #expect(search("gangtie") == [])
    #expect(search("gt") == [])
    #expect(search("tie") == [1])
  }

  @Test func asciiLettersInNamesTakePartInPinyin() {
    #expect(F.search("abc") == [7])
    #expect(F.search("abchb") == [7])
    #expect(F.search("abc环保") == [7])
  }

  @Test func codePrefixAndExactCodeFirst() {
    let all = F.search("91210300m")
    #expect(Set(all) == Set(0..<F.entries.count))
    #expect(F.search(F.code(40)) == [3])
    #expect(F.search(F.code(40).lowercased()) == [3])
    // A name that starts with another's code ranks after the exact code match.
    var entries = F.entries
    entries.append(SearchEntry(id: "x", code: "", name: F.code(40) + "分厂"))
    let index = SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases)
    #expect(F.search(F.code(40), in: index) == [3, entries.count - 1])
    // A code prefix is an "other" match: below a name prefix.
    #expect(F.search("91210300M00000004", in: index) == [entries.count - 1, 3])
  }

  @Test func rankingExactThenNamePrefixThenInitialsThenSubstring() {
    let entries = [
      SearchEntry(id: "a", code: "GT1", name: "某某公司", texts: ["钢铁"]),
      SearchEntry(id: "b", code: "X", name: "某某钢铁公司"),
      SearchEntry(id: "c", code: "Y", name: "钢铁公司"),
      SearchEntry(id: "d", code: "GT", name: "某某公司"),
      SearchEntry(id: "e", code: "Z", name: "gt公司"),
      SearchEntry(id: "f", code: "Z2", name: "某某公司", texts: ["港台路"]),
      SearchEntry(id: "g", code: "GT2", name: "某某公司"),
    ]
    let index = SearchIndex(entries)
    let search = { (text: String) in index.search(SearchQuery.parse(text, fieldAliases: [:])) }
    // Exact code, name prefix (钢铁公司 by its initials, gt公司 by its letters), initials
    // elsewhere, then code prefix; index order within a rank.
    #expect(search("gt") == [3, 2, 4, 0, 1, 5, 6])
    #expect(search("钢铁") == [2, 0, 1])
    #expect(search("gangtie") == [2, 0, 1])
    #expect(search("gangt") == [2, 0, 1, 5])
    #expect(search("某某") == [0, 1, 3, 5, 6])
    #expect(search("公司") == Array(0..<7))
    // The best term decides when there are several.
    #expect(search("公司 gt") == [3, 2, 4, 0, 1, 5, 6])
  }

  @Test func initialsFromTheFirstCharacterRankAsANamePrefix() {
    let entries = [
      SearchEntry(id: "a", name: "台安顺广铁矿有限责任公司"),
      SearchEntry(id: "b", name: "鞍山安实钢铁有限公司"),
      SearchEntry(id: "c", name: "鞍山钢铁集团有限公司"),
    ]
    let index = SearchIndex(entries)
    #expect(index.search(SearchQuery.parse("asgt", fieldAliases: [:])) == [2, 0, 1])
  }

  @Test func fieldTermsCombineWithPlainTerms() {
    #expect(F.search("district:铁西 tier:key listed:yes 钢铁") == [0, 4])
    #expect(F.search("district:铁西 tier:key") == [0, 4, 7])
    #expect(F.search("区县:铁西 类别:重点 清单:是 鋼鐵") == [0, 4])
    #expect(F.search("监管类别:一般 行业:钢铁") == [5, 6])
    #expect(F.search("重点排污:是") == [0])
    #expect(F.search("keyunit:no 钢铁") == [4, 5, 6])
    #expect(F.search("positive:暂停") == [7])
    #expect(F.search("positive:candidate") == [2])
    #expect(F.search("专员:孙") == [0])
    #expect(F.search("TAG:信") == [0])
    #expect(F.search("uscc:91210300m00000005") == [4])
  }

  @Test func emptyFieldValueMatchesEntriesThatHaveTheField() {
    #expect(F.search("commissioner:") == [0])
    #expect(F.search("tag:") == [0])
    #expect(F.search("district:") == Array(0..<F.entries.count))
  }

  @Test func unknownFieldNameIsPlainText() {
    let query = SearchQuery.parse("颜色:红 tier:key", fieldAliases: SearchEntry.enterpriseFieldAliases)
    #expect(query.terms == [.text("颜色:红"), .field("tier", "key")])
    #expect(F.search("颜色:红") == [])
    let index = SearchIndex([SearchEntry(id: "1", name: "备注:红色")])
    #expect(index.search(SearchQuery.parse("注:红", fieldAliases: [:])) == [0])
  }

  @Test func candidatesLimitTheSearchInAnyOrder() {
    let index = F.index()
    let query = SearchQuery.parse("钢铁", fieldAliases: [:])
    #expect(index.search(query, within: [6, 4, 1, 4, 99, -1]) == [4, 6])
    #expect(index.search(SearchQuery(terms: []), within: [5, 2]) == [2, 5])
  }

  @Test func upsertReplacesByIDAndAdds() {
    var index = F.index()
    var entry = F.entries[3]
    entry.name = "海城市镁都耐火材料有限公司"
    index.upsert(entry)
    #expect(index.count == F.entries.count)
    #expect(index.position(ofID: entry.id) == 3)
    #expect(index.entry(at: 3).name == entry.name)
    #expect(F.search("鑫达镁业有限", in: index) == [])
    #expect(F.search("mdnh", in: index) == [3])
    let added = SearchEntry(id: "new", code: "NEW1", name: "新厂")
    index.upsert(added)
    #expect(index.count == F.entries.count + 1)
    #expect(index.position(ofID: "new") == F.entries.count)
    #expect(F.search("xinchang", in: index) == [F.entries.count])
    // Many edits leave garbage behind; the index compacts itself and keeps every answer.
    for round in 0..<3000 {
      var edited = F.entries[round % F.entries.count]
      edited.texts.append(String(repeating: "改", count: 20) + String(round))
      index.upsert(edited)
    }
    #expect(index.count == F.entries.count + 1)
    #expect(F.search("鞍钢", in: index) == [0])
    #expect(F.search("改改改2999", in: index) == [2999 % F.entries.count])
  }

  @Test func enterpriseEntryCarriesItsFields() {
    let entry = F.entries[0]
    #expect(entry.id == F.code(10))
    #expect(entry.code == F.code(10))
    #expect(entry.texts.contains("鞍钢"))
    #expect(entry.fields["tier"] == ["key", "重点"])
    #expect(entry.fields["listed"] == ["yes", "是"])
    #expect(entry.fields["keyunit"] == ["yes", "是"])
    #expect(entry.fields["commissioner"] == ["孙丽"])
    #expect(entry.fields["positive"]?.contains("listed") == true)
    #expect(F.entries[1].fields["listed"] == ["no", "否"])
    #expect(F.entries[1].fields["commissioner"] == nil)
  }
}
