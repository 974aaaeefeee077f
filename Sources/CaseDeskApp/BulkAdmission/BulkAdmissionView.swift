import CaseDeskDomain
import TerminalUI

/// The bulk admission overlay over the pane: a count, then each enterprise with what happens
/// to it (refused ones with the reason, wrapped), scrollable; the last row says what the
/// keys do or why the save was refused.
enum BulkAdmissionView {
  /// One line of the listing.
  struct Line: Equatable {
    var text: String
    var role: StyleRole
  }

  /// The role of refused enterprises.
  static let refusedRole: StyleRole = "input.error"

  /// The number of listing lines that fit on a screen of `size`.
  static func visibleRowCount(for size: Size) -> Int {
    max(1, AppView.paneArea(for: size).height - 3)
  }

  /// The columns a listing line gets on a screen of `size`.
  static func lineWidth(for size: Size) -> Int {
    max(8, AppView.paneArea(for: size).width - 3)
  }

  /// The listing's lines: the count, then each enterprise (admissible first in the summary).
  static func lines(_ bulk: BulkAdmissionState, strings: Strings, width: Int) -> [Line] {
    let admitted = bulk.admissible
    let refused = bulk.refused
    var lines: [Line] = []
    switch bulk.phase {
    case .preview, .saving:
      lines.append(
        Line(
          text: strings.format(
            .bulkAdmissionCounts, "\(admitted.count)", "\(refused.count)"),
          role: .title))
      let outcome = strings[bulk.proposes ? .bulkAdmissionWillPropose : .bulkAdmissionWillAdmit]
      for item in bulk.items {
        lines += itemLines(item, admittedText: outcome, strings: strings, width: width)
      }
    case .summary:
      let heading: StringKey = bulk.proposes ? .bulkAdmissionProposed : .bulkAdmissionAdmitted
      lines.append(Line(text: strings.format(heading, "\(admitted.count)"), role: .title))
      for item in admitted { lines.append(Line(text: "  ✓ " + item.name, role: .normal)) }
      if !refused.isEmpty {
        lines.append(
          Line(text: strings.format(.bulkAdmissionRefused, "\(refused.count)"), role: .title))
        for item in refused {
          lines += itemLines(item, admittedText: "", strings: strings, width: width)
        }
      }
    }
    return lines
  }

  /// An enterprise's line and, under it, what happens to it or why it is refused.
  static func itemLines(
    _ item: BulkAdmissionState.Item, admittedText: String, strings: Strings, width: Int
  ) -> [Line] {
    guard let refusal = item.refusal else {
      var lines = [Line(text: "  ✓ " + item.name, role: .normal)]
      if !admittedText.isEmpty { lines.append(Line(text: "      " + admittedText, role: .dim)) }
      return lines
    }
    var lines = [Line(text: "  ✗ " + item.name, role: refusedRole)]
    for part in TextWrap.lines(strings.localized(refusal), width: max(1, width - 6)) {
      lines.append(Line(text: "      " + part, role: .dim))
    }
    return lines
  }

  /// Draws the overlay into `area` (the pane's rows).
  static func render(
    _ bulk: BulkAdmissionState, strings: Strings, into buffer: inout Buffer, area: Rect
  ) {
    buffer.fill(area, role: .normal)
    let title =
      bulk.phase == .summary
      ? strings[.bulkAdmissionSummaryTitle]
      : strings.format(.bulkAdmissionTitle, "\(bulk.items.count)")
    let inner = Box.draw(in: &buffer, area, title: title)
    guard inner.height > 1, inner.width > 2 else { return }
    let listing = lines(bulk, strings: strings, width: inner.width - 1)
    let rows = inner.height - 1
    let top = min(bulk.scrollOffset, max(0, listing.count - rows))
    for row in 0..<rows where top + row < listing.count {
      let line = listing[top + row]
      buffer.write(
        line.text, x: inner.x + 1, y: inner.y + row, role: line.role, maxWidth: inner.width - 1)
    }
    if top > 0 { buffer.put("▲", x: area.maxX - 1, y: inner.y, role: .border) }
    if top + rows < listing.count {
      buffer.put("▼", x: area.maxX - 1, y: inner.y + rows - 1, role: .border)
    }
    let status = statusLine(bulk, strings: strings)
    buffer.write(
      DisplayWidth.fit(status.text, width: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1,
      role: status.role, maxWidth: inner.width - 1)
  }

  /// The last row: the store's refusal, else what Enter and Esc do now.
  static func statusLine(_ bulk: BulkAdmissionState, strings: Strings) -> Line {
    if let problem = bulk.problem { return Line(text: problem, role: refusedRole) }
    switch bulk.phase {
    case .preview:
      let count = bulk.admissible.count
      guard count > 0 else { return Line(text: strings[.bulkAdmissionNone], role: .dim) }
      return Line(
        text: strings.format(
          bulk.proposes ? .bulkAdmissionPreviewPropose : .bulkAdmissionPreviewAdmit, "\(count)"),
        role: .dim)
    case .saving: return Line(text: strings[.formSaving], role: .dim)
    case .summary: return Line(text: strings[.bulkAdmissionSummaryHint], role: .dim)
    }
  }
}
