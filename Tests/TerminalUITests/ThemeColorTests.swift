import Testing

@testable import TerminalUI

@Suite struct ThemeColorTests {
  @Test func parsesHex() throws {
    let colour = try #require(TerminalColor(hex: "#1A2b3C"))
    #expect(colour.red == 0x1A)
    #expect(colour.green == 0x2B)
    #expect(colour.blue == 0x3C)
    #expect(colour.hex == "#1a2b3c")
  }

  @Test(arguments: ["", "#", "#12345", "#1234567", "123456", "#12345g", "#ｆｆｆｆｆｆ", "＃123456"])
  func rejectsBadHex(_ text: String) {
    #expect(TerminalColor(hex: text) == nil)
  }

  @Test func derivesNearestIndexes() throws {
    let cases: [(String, UInt8, UInt8)] = [
      ("#ff0000", 196, 9), ("#000000", 16, 0), ("#ffffff", 231, 15), ("#808080", 244, 8),
      ("#5f87af", 67, 8), ("#00ff00", 46, 10), ("#0000ee", 21, 4), ("#e5e5e5", 254, 7),
    ]
    for (hex, index256, index16) in cases {
      let colour = try #require(TerminalColor(hex: hex))
      #expect(colour.index256 == index256, "\(hex)")
      #expect(colour.index16 == index16, "\(hex)")
    }
  }

  @Test func everyCubeAndGrayIndexMapsToItself() {
    for index in 16...255 {
      let (red, green, blue) = TerminalColor.rgb(ofIndex256: UInt8(index))
      let nearest = TerminalColor.nearest256(red: red, green: green, blue: blue)
      #expect(TerminalColor.rgb(ofIndex256: nearest) == TerminalColor.rgb(ofIndex256: UInt8(index)))
    }
  }
}
