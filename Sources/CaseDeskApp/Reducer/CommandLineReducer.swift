import Foundation
import TerminalUI

/// The `:` command line: running a typed command and Tab completion.
enum CommandLineReducer {
  /// The commands the command line knows, in completion order.
  static let commandNames = [
    "admit", "assign", "export", "filter", "find", "goto", "help", "import", "pane", "quit", "tag",
    "theme",
    "view",
  ]

  /// Handles the command line's own commands (run, complete, cancel).
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .commandLine(var line) = state.overlay else { return [] }
    switch command {
    case .cancelCommand:
      state.overlay = nil
      return []
    case .completeCommand:
      complete(&line, state: &state)
      state.overlay = .commandLine(line)
      return []
    default:
      state.overlay = nil
      return run(line.field.text, on: &state)
    }
  }

  /// Runs one command line, such as `pane cases` or `theme light`.
  static func run(_ text: String, on state: inout AppState) -> [Effect] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let name = words.first else { return [] }
    let argument = words.dropFirst().joined(separator: " ")
    let strings = state.strings
    switch name.lowercased() {
    case "help", "h":
      state.overlay = .help(HelpOverlayState())
      return []
    case "quit", "q":
      return AppReducer.requestQuit(&state)
    case "pane":
      guard !argument.isEmpty else {
        state.message = Message(
          kind: .error, text: strings.format(.missingArgument, "pane", "NAME"))
        return []
      }
      guard let pane = pane(named: argument, strings: strings) else {
        state.message = Message(kind: .error, text: strings.format(.unknownPane, argument))
        return []
      }
      state.activePane = pane
      return []
    case "theme":
      guard !argument.isEmpty else {
        state.message = Message(
          kind: .error, text: strings.format(.missingArgument, "theme", "NAME"))
        return []
      }
      guard state.themeNames.contains(argument) else {
        state.message = Message(
          kind: .error,
          text: strings.format(
            .unknownTheme, argument, state.themeNames.joined(separator: ", ")))
        return []
      }
      return [.applyTheme(argument)]
    case "find", "f": return find(argument, on: &state)
    case "goto": return goto(argument, on: &state)
    case "admit": return admit(argument, on: &state)
    case "filter": return filter(argument, on: &state)
    case "view": return view(argument, on: &state)
    case "tag": return tag(argument, on: &state)
    case "assign": return assign(argument, on: &state)
    case "export": return export(argument, on: &state)
    case "import": return importFile(argument, on: &state)
    default:
      state.message = Message(kind: .error, text: strings.format(.unknownCommand, name))
      return []
    }
  }

  /// The pane a `:pane` argument names: its number, English name or title in either language.
  static func pane(named text: String, strings: Strings) -> PaneID? {
    let wanted = text.lowercased()
    return PaneID.allCases.first { pane in
      wanted == String(pane.rawValue) || wanted == pane.commandName
        || Language.allCases.contains { Strings($0)[pane.titleKey].lowercased() == wanted }
    }
  }

  /// Tab: fill in the next candidate for the word being typed.
  private static func complete(_ line: inout CommandLineState, state: inout AppState) {
    if !line.completions.isEmpty {
      let next = ((line.completionIndex ?? -1) + 1) % line.completions.count
      line.completionIndex = next
      fill(&line, with: line.completions[next])
      return
    }
    let text = line.field.text
    let candidates: [String]
    if let space = text.firstIndex(of: " ") {
      let name = String(text[..<space])
      let prefix = String(text[text.index(after: space)...]).trimmingLeadingSpaces()
      let pool: [String]
      switch name {
      case "pane": pool = PaneID.allCases.map(\.commandName)
      case "theme": pool = state.themeNames
      case "view":
        pool = ["save", "delete"] + state.preferences.views(of: .enterprises).map(\.name)
      case "assign": pool = staffNames(state, role: .commissioner)
      case "tag": pool = ["add", "remove"]
      default: pool = []
      }
      candidates = pool.filter { $0.hasPrefix(prefix) }.map { name + " " + $0 }
    } else {
      candidates = commandNames.filter { $0.hasPrefix(text) }
    }
    guard !candidates.isEmpty else {
      state.message = Message(kind: .info, text: state.strings[.noCompletion])
      return
    }
    if candidates.count == 1 {
      fill(&line, with: candidates[0] + (text.contains(" ") ? "" : " "))
      return
    }
    line.completions = candidates
    line.completionIndex = 0
    fill(&line, with: candidates[0])
  }

  private static func fill(_ line: inout CommandLineState, with text: String) {
    line.field = TextFieldState(text: text)
    line.field.cursor = text.count
  }
}

extension String {
  fileprivate func trimmingLeadingSpaces() -> String {
    String(drop(while: { $0 == " " }))
  }
}
