import ArgumentParser
import CaseDeskApp
import CursesBackend
import Foundation
import TerminalUI

/// Opens the app, on the terminal or headless, with the given options.
enum AppSession {
  /// Runs the app and returns when the user quits.
  static func open(_ options: LaunchOptions, headless: HeadlessOptions) throws {
    let environment = ProcessInfo.processInfo.environment
    if headless.headless {
      let size = Size(parsing: headless.size) ?? Size(width: 100, height: 30)
      let keys = (try? Key.parseSequence(headless.keys)) ?? []
      let context = AppLauncher.prepare(options: options, environment: environment, size: size)
      let (screen, _) = HeadlessRunner.run(
        context: context, size: size, keys: keys, styles: headless.styles)
      if headless.dump { print(screen, terminator: "") }
      return
    }
    let fallback = CursesTerminal.prepareLocale()
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.open(environment: environment)
    } catch {
      FileHandle.standardError.write(Data("casedesk: \(error)\n".utf8))
      throw ExitCode(2)
    }
    defer { terminal.close() }
    var context = AppLauncher.prepare(
      options: options, environment: environment, size: terminal.size)
    if let fallback, context.problems.isEmpty {
      let strings = context.state.strings
      let text: String
      switch fallback {
      case .switched(let from, let to): text = strings.format(.localeSwitched, from, to)
      case .unavailable(let from): text = strings.format(.localeUnavailable, from)
      }
      context.state.message = Message(kind: .info, text: text)
    }
    let runtime = AppRuntime(
      state: context.state, backend: terminal, themes: context.themes, theme: context.theme)
    runtime.run()
  }
}
