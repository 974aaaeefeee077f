import Testing

@testable import CaseDeskDomain

@Suite struct SearchTextTests {
  @Test func foldsTraditionalCaseWidthAndWhitespace() {
    #expect(SearchText.normalise("  鋼鐵 ＡＢＣ\t\t Co.　有限 ") == "钢铁 abc co. 有限")
    #expect(SearchText.normalise("海城鎂業") == "海城镁业")
    #expect(SearchText.normalise("９１２１０３００Ｍ") == "91210300m")
    #expect(SearchText.normalise(" \n ") == "")
  }

  @Test func readingsCarryEveryHeteronym() {
    let tables = HanTables.shared
    let readings = { (text: String) in
      Set(text.unicodeScalars.flatMap { tables.readingStrings(of: $0.value) })
    }
    #expect(readings("长").isSuperset(of: ["chang", "zhang"]))
    #expect(readings("行").isSuperset(of: ["xing", "hang"]))
    #expect(readings("重").isSuperset(of: ["zhong", "chong"]))
    #expect(readings("绿").contains("lv"))
    #expect(readings("㐀").count >= 1)
    #expect(tables.readingStrings(of: 0x41).isEmpty)
  }
}
