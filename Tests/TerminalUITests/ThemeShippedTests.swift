import Foundation
import Testing

@testable import TerminalUI

/// The repository's `Themes/` directory, found from this file's path.
private let themesDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Themes")

private let shippedCatalog = ThemeCatalog.load(userDirectory: nil).catalog

/// The shipped themes that use colour; `mono` is checked separately.
private let colourThemeNames = ["default", "light", "high-contrast"]

/// Roles that are decoration or deliberately quiet, held to a lower contrast minimum.
private let quietRoles: Set<StyleRole> = [
  .border, .progressEmpty, "chart.axis", .dim, "input.placeholder", "stage.archived",
  "status.positive.removed",
]

/// Roles that raise an alarm: red and bold in colour, reverse and bold in monochrome.
private let alarmRoles: [StyleRole] = [.clockOverdue, .messageError]

/// Roles that mark the current item: they must show on a monochrome terminal.
private let selectionRoles: [StyleRole] = [
  .listRowSelected, .tabActive, .dialogButtonFocused, .inputCursor, .searchMatch,
]

/// WCAG relative luminance of a colour.
private func luminance(_ colour: TerminalColor) -> Double {
  func channel(_ value: UInt8) -> Double {
    let scaled = Double(value) / 255
    return scaled <= 0.039_28 ? scaled / 12.92 : pow((scaled + 0.055) / 1.055, 2.4)
  }
  return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722
    * channel(colour.blue)
}

/// WCAG contrast ratio between two colours (1 to 21).
private func contrast(_ first: TerminalColor, _ second: TerminalColor) -> Double {
  let (a, b) = (luminance(first), luminance(second))
  return (max(a, b) + 0.05) / (min(a, b) + 0.05)
}

@Suite struct ThemeShippedTests {
  @Test func shippedThemesAreUpToDateWithThemesDirectory() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)
      .filter { $0.hasSuffix(".toml") }.sorted()
    var onDisk: [String: [UInt8]] = [:]
    for file in files {
      let data = try Data(contentsOf: themesDirectory.appendingPathComponent(file))
      onDisk[String(file.dropLast(5))] = Array(data)
    }
    let compiled = Dictionary(
      ShippedThemes.files.map { ($0.name, Array($0.text.utf8)) }, uniquingKeysWith: { a, _ in a })
    let hint = "ShippedThemes.swift is stale: run scripts/generate-shipped-themes.sh"
    #expect(Set(compiled.keys) == Set(onDisk.keys), Comment(rawValue: hint))
    for (name, bytes) in onDisk {
      let same = compiled[name] == bytes
      #expect(same, Comment(rawValue: "\(name).toml differs. \(hint)"))
    }
  }

  @Test func atLeastTheFourRequiredThemesShip() {
    for name in ["default", "light", "high-contrast", "mono"] {
      #expect(shippedCatalog.theme(named: name) != nil, "\(name)")
    }
  }

  @Test(arguments: ShippedThemes.files.map(\.name))
  func shippedThemeParsesAndNamesItsFile(_ file: String) throws {
    let text = try #require(ShippedThemes.files.first { $0.name == file }?.text)
    let theme = try ThemeLoader.parse(text, file: "Themes/\(file).toml") {
      shippedCatalog.theme(named: $0)
    }
    #expect(theme.name == file)
    #expect(!theme.summary.isEmpty)
  }

  @Test(arguments: ShippedThemes.files.map(\.name))
  func everyRoleIsDefined(_ name: String) throws {
    let theme = try #require(shippedCatalog.theme(named: name))
    for role in StyleRole.all {
      #expect(theme.styles[role] != nil, "\(name) does not define \(role)")
      if name != "mono" {
        #expect(theme.style(for: role) != .plain, "\(name): \(role) is plain")
      }
    }
  }

  @Test func allRolesListIsUniqueAndIncludesCoreAndDomain() {
    #expect(Set(StyleRole.all).count == StyleRole.all.count)
    #expect(Set(StyleRole.all) == Set(StyleRole.core + StyleRole.domain))
    #expect(StyleRole.all.contains("status.positive.suspended"))
  }

  @Test func monoHasNoColours() throws {
    let mono = try #require(shippedCatalog.theme(named: "mono"))
    #expect(mono.palette.isEmpty)
    for (role, style) in mono.styles {
      #expect(style.foreground == nil && style.background == nil, "\(role)")
      #expect(style.monochrome == style.attributes, "\(role)")
    }
    for role in alarmRoles {
      #expect(mono.style(for: role).attributes.isSuperset(of: [.reverse, .bold]), "\(role)")
    }
    for role in selectionRoles {
      #expect(mono.style(for: role).attributes.contains(.reverse), "\(role)")
    }
  }

  @Test(arguments: ShippedThemes.files.map(\.name))
  func alarmsAndSelectionShowInMonochrome(_ name: String) throws {
    let theme = try #require(shippedCatalog.theme(named: name))
    for role in alarmRoles {
      #expect(theme.style(for: role).monochrome.isSuperset(of: [.reverse, .bold]), "\(role)")
    }
    for role in selectionRoles {
      #expect(theme.style(for: role).monochrome.contains(.reverse), "\(name): \(role)")
    }
  }

  @Test(arguments: colourThemeNames)
  func alarmsAreRedAndBold(_ name: String) throws {
    let theme = try #require(shippedCatalog.theme(named: name))
    for role in alarmRoles {
      let style = theme.style(for: role)
      let red = try #require(style.foreground, "\(name): \(role) has no colour")
      #expect(red.red > 150 && Int(red.red) > Int(red.green) * 2, "\(name): \(role)")
      #expect([1, 9].contains(red.index16), "\(name): \(role)")
      #expect(style.attributes.contains(.bold), "\(name): \(role)")
    }
  }

  @Test(arguments: colourThemeNames)
  func textHasEnoughContrast(_ name: String) throws {
    let theme = try #require(shippedCatalog.theme(named: name))
    let base = theme.style(for: .normal)
    let baseForeground = try #require(base.foreground)
    let baseBackground = try #require(base.background)
    let minimum = name == "high-contrast" ? 7.0 : 4.5
    for role in StyleRole.all {
      let style = theme.style(for: role)
      var foreground = style.foreground ?? baseForeground
      var background = style.background ?? baseBackground
      if style.attributes.contains(.reverse) { swap(&foreground, &background) }
      let ratio = contrast(foreground, background)
      let needed = quietRoles.contains(role) ? 3.0 : minimum
      #expect(ratio >= needed, "\(name): \(role) contrast \(ratio) < \(needed)")
      #expect(
        foreground.index16 != background.index16, "\(name): \(role) invisible in 16 colours")
      #expect(
        foreground.index256 != background.index256, "\(name): \(role) invisible in 256 colours")
    }
    let selected = theme.style(for: .listRowSelected).background ?? baseBackground
    #expect(selected.index16 != baseBackground.index16)
    #expect(selected.index256 != baseBackground.index256)
  }
}
