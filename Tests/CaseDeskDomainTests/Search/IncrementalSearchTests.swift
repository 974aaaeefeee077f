import Testing

@testable import CaseDeskDomain

@Suite struct IncrementalSearchTests {
  typealias F = SearchFixture

  @Test func narrowsOnlyWhenEveryOldTermIsExtended() {
    let aliases = SearchEntry.enterpriseFieldAliases
    let query = { (text: String) in SearchQuery.parse(text, fieldAliases: aliases) }
    #expect(query("gangt").narrows(query("gang")))
    #expect(query("gang tie").narrows(query("gang")))
    #expect(query("gang tie").narrows(query("gang t")))
    #expect(query("tier:ke").narrows(query("tier:k")))
    #expect(query("tier:ke 钢").narrows(query("tier:ke")))
    #expect(query("钢铁").narrows(query("")))
    #expect(!query("gan").narrows(query("gang")))
    #expect(!query("district:").narrows(query("district")))
    #expect(!query("区县:铁").narrows(query("区县")))
    #expect(!query("tier:k").narrows(query("district:k")))
    #expect(!query("tie").narrows(query("gang tie")))
  }

  @Test func emptyQueryGivesEveryPositionInOrder() {
    var search = IncrementalSearch(index: F.index())
    #expect(search.results(for: "  ") == Array(0..<F.entries.count))
  }

  @Test func typingAndDeletingGivesTheSameAsAFreshSearch() {
    let index = F.index()
    let fragments = [
      "钢铁", "鋼", "有限", "铁西", "鞍山", "gangtie", "asgt", "cs", "zq", "changsha", "91210300m0000",
      "district:铁", "tier:key", "listed:yes", "区县:", "标签:信", "abc", " ", " ", "hb", "x",
    ]
    var random = SeededRandom(seed: 0x5EA4_C4)
    var search = IncrementalSearch(index: index)
    for _ in 0..<60 {
      search.reset()
      var typed = ""
      for _ in 0..<4 {
        let fragment = random.pick(fragments) ?? ""
        for character in fragment {
          typed.append(character)
          let fresh = index.search(
            SearchQuery.parse(typed, fieldAliases: SearchEntry.enterpriseFieldAliases))
          #expect(search.results(for: typed) == fresh, "typing \(typed)")
        }
        if random.below(3) == 0 && !typed.isEmpty {
          typed.removeLast()
          let fresh = index.search(
            SearchQuery.parse(typed, fieldAliases: SearchEntry.enterpriseFieldAliases))
          #expect(search.results(for: typed) == fresh, "deleting to \(typed)")
        }
      }
    }
  }

  @Test func replacingTheIndexForgetsTheLastResult() {
    var search = IncrementalSearch(index: F.index())
    #expect(search.results(for: "xin") == F.search("xin"))
    search.upsert(SearchEntry(id: "n", name: "新华化工"))
    #expect(search.results(for: "xinh") == [F.entries.count])
  }
}
