import CaseDeskTestSupport
import Foundation
import Testing

@testable import TerminalUI

@Suite struct ThemeFuzzTests {
  /// Inputs per test; raise `THEME_FUZZ_ROUNDS` for a longer local run.
  static let rounds = Int(ProcessInfo.processInfo.environment["THEME_FUZZ_ROUNDS"] ?? "") ?? 400

  /// Fragments that are likely to stress the parser and the key locator.
  static let fragments: [String] = [
    "\"", "'", "\"\"\"", "'''", "[", "]", "[[", "{", "}", "=", ".", ",", "#", "\n", "\\",
    "\\u", "\u{0}", "\t", "\r\n", "é", "检查", "#12345", "#ggggggg", "true", "1e999", "-",
    "[styles]", "[palette]", "inherits = \"default\"", "mono = [", "= {", "\"a.b.\"",
    "fg = \"x\"", "bold = 3", "9999999999999999999999", "\u{FEFF}", "\u{10FFFF}",
  ]

  @Test func mutatedThemesThrowOrParse() throws {
    let base = try #require(ShippedThemes.files.first { $0.name == "default" }?.text)
    let parent = ThemeCatalog.load(userDirectory: nil).catalog.theme(named: "default")
    let seed = UInt64(ProcessInfo.processInfo.environment["THEME_FUZZ_SEED"] ?? "") ?? 20_240_611
    var random = SeededGenerator(seed: seed)
    var parsed = 0
    var failed = 0
    for round in 0..<Self.rounds {
      var scalars = Array(base.unicodeScalars)
      for _ in 0..<(1 + random.below(4)) {
        let position = random.below(scalars.count + 1)
        switch random.below(4) {
        case 0 where !scalars.isEmpty:
          let end = min(scalars.count, position + 1 + random.below(40))
          scalars.removeSubrange(min(position, scalars.count - 1)..<end)
        case 1:
          let fragment = Self.fragments[random.below(Self.fragments.count)]
          scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
        case 2 where position < scalars.count:
          scalars[position] = Unicode.Scalar(UInt8(32 + random.below(95)))
        default:
          let cut = random.below(scalars.count + 1)
          scalars = Array(scalars.prefix(cut))
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      let text = String(view)
      do {
        let theme = try ThemeLoader.parse(text, file: "fuzz\(round).toml") {
          $0 == "default" ? parent : nil
        }
        _ = theme.style(for: .listRowSelected)
        parsed += 1
      } catch {
        #expect(!error.description.isEmpty)
        #expect(error.file == "fuzz\(round).toml")
        failed += 1
      }
    }
    #expect(parsed + failed == Self.rounds)
    #expect(failed > 0)
  }

  @Test func randomBytesNeverCrash() {
    var random = SeededGenerator(seed: 7)
    for round in 0..<Self.rounds {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<random.below(200) {
        let pick = random.below(10)
        let value: UInt32 =
          pick < 7 ? UInt32(32 + random.below(95)) : pick < 9 ? 10 : UInt32(random.below(0x3000))
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      }
      let text = String(scalars)
      _ = try? ThemeLoader.parse(text, file: "random\(round).toml") { _ in nil }
    }
  }
}
