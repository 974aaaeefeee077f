import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import CursesBackend
import Foundation
import TerminalUI

/// Opens the app, on the terminal or headless, with the given options.
enum AppSession {
  /// Opens (creating the demo when asked) the workspace, runs the app, returns when done.
  static func open(_ options: LaunchOptions, headless: HeadlessOptions, demoScale: Int? = nil)
    throws
  {
    let environment = ProcessInfo.processInfo.environment
    // Config and themes are read once, here, for the whole start.
    let settings = AppLauncher.settings(options: options, environment: environment)
    if headless.headless {
      let workspace: Workspace
      do {
        workspace = try openWorkspace(
          options, environment: environment, demoScale: demoScale, settings: settings)
      } catch {
        standardError(error.message)
        throw ExitCode(1)
      }
      defer { workspace.close() }
      let size = Size(parsing: headless.size) ?? Size(width: 100, height: 30)
      let keys = (try? Key.parseSequence(headless.keys)) ?? []
      var context = AppLauncher.prepare(
        options: options, environment: environment, size: size,
        workspace: OpenedWorkspace(workspace), settings: settings)
      WorkspaceOpener.noteOlderDemo(&context, config: workspace.config)
      let (screen, _) = HeadlessRunner.run(
        context: context, size: size, keys: keys, styles: headless.styles,
        store: context.state.workspace.isReadOnly ? nil : workspace,
        clock: sessionClock(isDemo: workspace.config.isDemo))
      if headless.dump { print(screen, terminator: "") }
      return
    }
    var options = options
    // No workspace yet: offer the demo, an empty workspace, or quitting (on a terminal only).
    if !options.demo, isatty(STDIN_FILENO) == 1,
      let location = WorkspaceOpener.location(
        options: options, config: settings.config, environment: environment),
      !WorkspaceOpener.exists(at: location)
    {
      guard
        let chosen = firstRun(
          at: location.path, options: options, strings: Strings(settings.language))
      else { return }
      options = chosen
    }
    // A workspace without a given operator asks who is working, before the screen starts.
    var prompted: Workspace?
    if !options.demo, options.operatorID == nil, settings.config.operatorID == nil,
      isatty(STDIN_FILENO) == 1
    {
      let workspace: Workspace
      do {
        workspace = try openWorkspace(
          options, environment: environment, demoScale: demoScale, settings: settings)
      } catch {
        standardError(error.message)
        throw ExitCode(1)
      }
      let strings = Strings(settings.language)
      print(OperatorPrompt.text(staff: workspace.state.staff, strings: strings), terminator: "")
      if let reply = readLine(), let id = OperatorPrompt.answer(reply, staff: workspace.state.staff)
      {
        options.operatorID = id.raw
      }
      prompted = workspace
    }
    // The terminal first, so that an unusable TERM fails at once with one line.
    let fallback = CursesTerminal.prepareLocale()
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.open(environment: environment)
    } catch {
      standardError("casedesk: \(error)")
      throw ExitCode(2)
    }
    let workspace: Workspace
    do throws(SessionFailure) {
      if let prompted {
        workspace = prompted
      } else {
        workspace = try openWorkspace(
          options, environment: environment, demoScale: demoScale, settings: settings, quiet: true,
          building: { showNotice(Strings(settings.language)[.buildingDemo], on: terminal) })
      }
    } catch {
      terminal.close()
      standardError(error.message)
      throw ExitCode(1)
    }
    defer {
      terminal.close()
      workspace.close()
    }
    var context = AppLauncher.prepare(
      options: options, environment: environment, size: terminal.size,
      workspace: OpenedWorkspace(workspace), settings: settings)
    if let fallback, context.problems.isEmpty {
      let strings = context.state.strings
      let text: String
      switch fallback {
      case .switched(let from, let to): text = strings.format(.localeSwitched, from, to)
      case .unavailable(let from): text = strings.format(.localeUnavailable, from)
      }
      context.state.message = Message(kind: .info, text: text)
    }
    WorkspaceOpener.noteOlderDemo(&context, config: workspace.config)
    let runtime = AppRuntime(
      state: context.state, backend: terminal, themes: context.themes, theme: context.theme,
      store: context.state.workspace.isReadOnly ? nil : workspace,
      clock: sessionClock(isDemo: workspace.config.isDemo),
      preferencesPath: context.preferencesPath)
    runtime.run()
  }

  /// The time changes are stamped with: the demo's own date in the demo (so its clocks stay
  /// where its data are), the machine's clock elsewhere.
  static func sessionClock(isDemo: Bool) -> (() -> Timestamp)? {
    guard !isDemo else { return nil }
    return { Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
  }

  /// The first-run question when no workspace exists: open the demo, create an empty
  /// workspace here, or quit; returns the options to go on with, or nil to quit.
  static func firstRun(at path: String, options: LaunchOptions, strings: Strings) -> LaunchOptions?
  {
    print(strings.format(.firstRunTitle, path))
    print("  1. " + strings[.firstRunDemo])
    print("  2. " + strings[.firstRunCreate])
    print("  3. " + strings[.firstRunQuit])
    print(strings[.firstRunQuestion], terminator: "")
    var next = options
    switch readLine()?.filter({ !$0.isWhitespace }) {
    case "1":
      next.demo = true
      next.dataDirectory = nil
      return next
    case "2":
      print(strings[.firstRunStaffID], terminator: "")
      let id = readLine()?.filter { !$0.isWhitespace } ?? ""
      print(strings[.firstRunName], terminator: "")
      let name = readLine() ?? ""
      do {
        try WorkspaceOpener.createEmpty(at: path, operatorID: id, name: name)
      } catch {
        standardError("casedesk: \(error)")
        return nil
      }
      next.dataDirectory = path
      next.operatorID = id
      return next
    default:
      return nil
    }
  }

  /// Finds and opens the workspace (creating the demo when it is missing).
  ///
  /// Problems are printed to standard error, except while the terminal is open (`quiet`), when
  /// they wait until it is closed.
  static func openWorkspace(
    _ options: LaunchOptions, environment: [String: String], demoScale: Int?,
    settings given: AppLauncher.Settings? = nil, quiet: Bool = false, building: () -> Void = {}
  ) throws(SessionFailure) -> Workspace {
    let settings = given ?? AppLauncher.settings(options: options, environment: environment)
    guard
      let location = WorkspaceOpener.location(
        options: options, config: settings.config, environment: environment)
    else {
      throw SessionFailure(
        message: "casedesk: no workspace given: use --data DIR (HOME is not set either)")
    }
    do {
      if options.demo {
        try WorkspaceOpener.createDemoIfMissing(
          at: location.path, scale: demoScale,
          progress: { line in
            if quiet { building() } else { standardError(line) }
          })
      }
      return try WorkspaceOpener.open(
        at: location, operatorID: options.operatorID ?? settings.config.operatorID,
        readOnly: options.readOnly)
    } catch {
      throw SessionFailure(message: "casedesk: \(error)")
    }
  }

  /// Shows one centred line on the terminal (while the demo is being built).
  static func showNotice(_ text: String, on terminal: CursesTerminal) {
    let size = terminal.size
    var buffer = Buffer(size: size)
    let width = DisplayWidth.columns(text)
    buffer.write(
      text, x: max(0, (size.width - width) / 2), y: size.height / 2, role: .messageInfo)
    terminal.present(buffer.changes(from: Buffer(size: Size(width: 0, height: 0))), cursor: nil) {
      _ in .plain
    }
  }

  /// Writes one line to standard error.
  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// Why the session could not start, printed once the terminal is restored.
struct SessionFailure: Error {
  var message: String
}
