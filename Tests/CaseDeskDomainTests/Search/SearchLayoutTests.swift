import CaseDeskDomain
import Testing

/// An index stored as its layout and read back searches and ranks exactly as the original.
@Suite struct SearchLayoutTests {
  static let entries: [SearchEntry] = [
    SearchEntry(
      id: "1", code: "91210300MA0000001X", name: "鞍山钢铁集团有限公司", texts: ["鞍钢", "铁西区"],
      fields: ["district": ["铁西区"], "tier": ["key", "重点"]]),
    SearchEntry(
      id: "2", code: "91210300MA0000002Y", name: "长沙银行鞍山分行", texts: ["长沙银行"],
      fields: ["district": ["铁东区"], "tier": ["general", "一般"]]),
    SearchEntry(
      id: "3", code: "91210300MA0000003Z", name: "重庆钢铁鞍山办事处", texts: [],
      fields: ["district": ["立山区"]]),
  ]

  @Test func aLayoutReadBackRanksLikeTheOriginal() throws {
    let original = SearchIndex(Self.entries, fieldAliases: ["区县": "district"])
    let copy = try #require(SearchIndex(layout: original.layout, fieldAliases: ["区县": "district"]))
    #expect(copy.count == original.count)
    for text in ["钢铁", "鋼鐵", "gangtie", "cs", "zq", "cq", "9121", "区县:铁西", "tier:key 钢", "yh"] {
      let query = SearchQuery.parse(text, fieldAliases: ["区县": "district"])
      #expect(copy.search(query) == original.search(query), "query \(text)")
    }
    #expect(copy.normalisedCode(at: 0) == Array("91210300ma0000001x".utf8))
  }

  @Test func aLayoutFromAnotherShapeOrWithBadRangesIsRefused() {
    let layout = SearchIndex(Self.entries).layout
    var otherVersion = layout
    otherVersion.sections["shape"] = layout.sections["shape"].map { bytes in
      var changed = bytes
      changed[0] &+= 1
      return changed
    }
    #expect(SearchIndex(layout: otherVersion) == nil)
    var truncated = layout
    truncated.sections["bytes"] = Array((layout.sections["bytes"] ?? []).prefix(3))
    #expect(SearchIndex(layout: truncated) == nil)
    var missing = layout
    missing.sections["units"] = nil
    #expect(SearchIndex(layout: missing) == nil)
  }
}
