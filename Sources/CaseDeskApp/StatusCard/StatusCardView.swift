import CaseDeskDomain
import TerminalUI

/// The status card over the pane: a box titled with the enterprise's name, its fields aligned
/// in two columns, sections of records below, the selected record line highlighted.
enum StatusCardView {
  /// The number of card lines that fit on a screen of `size`.
  static func visibleRowCount(for size: Size) -> Int {
    max(0, AppView.paneArea(for: size).height - 2)
  }

  /// Draws the card of `card.enterprise` into `area`.
  static func render(
    _ card: StatusCardState, state: AppState, into buffer: inout Buffer, area: Rect
  ) {
    let strings = state.strings
    buffer.fill(area, role: .normal)
    let name = state.domain.enterprises[card.enterprise]?.name ?? card.enterprise.raw
    let inner = Box.draw(in: &buffer, area, title: strings.format(.cardTitle, name))
    let lines = card.lines(in: state)
    guard !lines.isEmpty else {
      buffer.write(
        strings.format(.cardNotFound, card.enterprise.raw), x: inner.x + 1, y: inner.y,
        role: .messageError, maxWidth: inner.width - 1)
      return
    }
    let selectable = StatusCardState.selectableIndices(lines)
    let selected = selectable.indices.contains(card.selection) ? selectable[card.selection] : nil
    let labelWidth = min(
      lines.filter { $0.kind == .field }.map { DisplayWidth.columns($0.label) }.max() ?? 0,
      max(4, inner.width / 3))
    let top = min(card.scrollOffset, max(0, lines.count - inner.height))
    for row in 0..<inner.height {
      let index = top + row
      guard index < lines.count else { break }
      let line = lines[index]
      let y = inner.y + row
      let isSelected = index == selected
      if isSelected {
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .listRowSelected)
      }
      let valueRole = isSelected ? StyleRole.listRowSelected : role(of: line.tone)
      let left = inner.x + 1
      let width = inner.width - 1
      switch line.kind {
      case .field:
        buffer.write(
          DisplayWidth.fit(line.label, width: labelWidth), x: left, y: y,
          role: isSelected ? .listRowSelected : "form.label", maxWidth: width)
        let valueX = left + labelWidth + 1
        buffer.write(
          DisplayWidth.fit(line.text, width: max(0, inner.maxX - valueX - 1)), x: valueX, y: y,
          role: valueRole, maxWidth: max(0, inner.maxX - valueX))
      case .heading:
        buffer.write(line.label, x: left, y: y, role: .title, maxWidth: width)
      case .item:
        buffer.write(
          DisplayWidth.fit("· " + line.text, width: max(0, width - 2)), x: left + 1, y: y,
          role: valueRole, maxWidth: max(0, width - 1))
      }
    }
  }

  /// The style of a line's tone.
  static func role(of tone: StatusCardLine.Tone) -> StyleRole {
    switch tone {
    case .normal: return .normal
    case .alarm: return .clockOverdue
    case .warning: return .clockDueSoon
    case .quiet: return .dim
    }
  }
}
