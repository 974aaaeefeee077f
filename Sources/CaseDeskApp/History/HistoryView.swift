import CaseDeskDomain
import CaseDeskStore
import TerminalUI

/// The record history over the pane: newest change first, each with when, who and what, and
/// an edit's fields old → new on the lines below it.
enum HistoryView {
  /// One line of the listing.
  struct Line: Equatable {
    var text: String
    var role: StyleRole
  }

  /// The number of history lines that fit on a screen of `size`.
  static func visibleRowCount(for size: Size) -> Int {
    max(0, AppView.paneArea(for: size).height - 2)
  }

  /// The listing's lines, newest entry first.
  static func lines(_ history: HistoryState, state: AppState) -> [Line] {
    let strings = state.strings
    guard let entries = history.entries else {
      return [Line(text: strings[.historyLoading], role: .dim)]
    }
    guard !entries.isEmpty else { return [Line(text: strings[.historyEmpty], role: .dim)] }
    var lines: [Line] = []
    for entry in entries.reversed() {
      let when = localTime(entry.time, utcOffset: state.domain.settings.utcOffset)
      let who = name(of: entry.actor, in: state)
      lines.append(
        Line(text: "\(when)  \(who)  \(strings.localized(entry.summary))", role: .normal))
      for change in entry.fieldChanges {
        lines.append(
          Line(
            text:
              "    \(strings.localized(change.label)): \(shown(change.old)) → \(shown(change.new))",
            role: .dim))
      }
    }
    return lines
  }

  /// Draws the history into `area`.
  static func render(
    _ history: HistoryState, state: AppState, into buffer: inout Buffer, area: Rect
  ) {
    buffer.fill(area, role: .normal)
    let inner = Box.draw(
      in: &buffer, area, title: state.strings.format(.historyTitle, history.title))
    let listing = HistoryView.lines(history, state: state)
    let top = min(history.scrollOffset, max(0, listing.count - inner.height))
    for row in 0..<inner.height where top + row < listing.count {
      let line = listing[top + row]
      buffer.write(
        line.text, x: inner.x + 1, y: inner.y + row, role: line.role, maxWidth: inner.width - 1)
    }
  }

  /// A field value, or a dash for an empty one.
  static func shown(_ value: String) -> String { value.isEmpty ? "—" : value }

  /// `YYYY-MM-DD HH:MM` in local time.
  static func localTime(_ time: Timestamp, utcOffset: Int) -> String {
    let text = Timestamp(secondsSinceEpoch: time.secondsSinceEpoch + Int64(utcOffset)).description
    return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
  }

  /// The staff member's name, or "system".
  static func name(of actor: Actor, in state: AppState) -> String {
    switch actor {
    case .staff(let id): return state.domain.staff[id]?.name ?? id.raw
    case .system: return state.strings[.historySystem]
    }
  }
}
