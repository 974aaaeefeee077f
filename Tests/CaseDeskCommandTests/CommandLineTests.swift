import ArgumentParser
import Testing

@testable import casedesk

@Suite struct CommandLineTests {
  @Test func rootHelpListsOptionsAndSubcommands() {
    let help = CaseDeskCommand.helpMessage(columns: 100)
    for text in [
      "USAGE: casedesk", "--data <data>", "--operator <operator>", "--theme <theme>",
      "--lang <lang>", "--read-only", "--headless", "--size <size>", "--keys <keys>", "--dump",
      "--styles", "demo", "keys", "themes",
    ] {
      #expect(help.contains(text), "help lacks \(text)")
    }
    #expect(!help.contains("--today"), "--today is for tests and stays hidden")
  }

  @Test func demoAcceptsTheSameOptions() throws {
    let command = try CaseDeskCommand.parseAsRoot([
      "demo", "--lang", "en", "--headless", "--size", "80x24", "--keys", "j <Enter>", "--dump",
    ])
    let demo = try #require(command as? DemoCommand)
    #expect(demo.options.lang == "en")
    #expect(demo.headless.headless)
    #expect(demo.headless.size == "80x24")
  }

  @Test(arguments: [
    (["--lang", "fr"], "--lang must be zh or en, not fr"),
    (["--headless", "--size", "80"], "--size must look like 100x30, not 80"),
    (["--headless", "--keys", "<Nope>"], "--keys: unknown key name <Nope>"),
    (["--dump"], "--keys, --dump and --styles need --headless"),
    (["--today", "2025-13-01"], "--today must be a date like 2025-06-30, not 2025-13-01"),
  ])
  func badOptionsAreRefusedWithAOneLineReason(_ arguments: [String], _ reason: String) {
    do {
      _ = try CaseDeskCommand.parseAsRoot(arguments)
      Issue.record("accepted \(arguments)")
    } catch {
      let message = CaseDeskCommand.message(for: error)
      #expect(message == reason)
      #expect(CaseDeskCommand.exitCode(for: error) != .success)
    }
  }
}
