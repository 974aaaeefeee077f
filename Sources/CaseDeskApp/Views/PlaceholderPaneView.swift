import TerminalUI

/// A pane that is not built yet: its title, what it will hold, and that it is coming.
enum PlaceholderPaneView {
  /// Draws the placeholder for a pane.
  static func render(_ pane: PaneID, strings: Strings, into buffer: inout Buffer, area: Rect) {
    let inner = Box.draw(in: &buffer, area, title: strings[pane.titleKey])
    let about: StringKey? = aboutKey(pane)
    var lines: [(String, StyleRole)] = []
    if let about {
      lines += TextWrap.lines(strings[about], width: max(1, inner.width - 2)).map { ($0, .normal) }
      lines.append(("", .normal))
    }
    lines += TextWrap.lines(strings[.paneNotBuilt], width: max(1, inner.width - 2)).map {
      ($0, .dim)
    }
    for (index, line) in lines.enumerated() where index < inner.height {
      buffer.write(
        line.0, x: inner.x + 1, y: inner.y + index, role: line.1, maxWidth: inner.width - 2)
    }
  }

  private static func aboutKey(_ pane: PaneID) -> StringKey? {
    switch pane {
    case .enterprises: return nil
    case .positiveList: return .aboutPositiveList
    case .inspections: return .aboutInspections
    case .clues: return .aboutClues
    case .cases: return .aboutCases
    case .referrals: return .aboutReferrals
    case .service: return .aboutService
    case .rectification: return .aboutRectification
    case .statistics: return .aboutStatistics
    }
  }
}
