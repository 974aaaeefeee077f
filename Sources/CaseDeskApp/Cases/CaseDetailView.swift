import CaseDeskDomain
import TerminalUI

/// The selected case's detail: who and what, the stage and the next step, its clocks.
enum CaseDetailView {
  /// One line of the detail, with the role it is drawn in.
  struct Line: Equatable {
    var text: String
    var role: StyleRole
    init(_ text: String, _ role: StyleRole = .normal) {
      self.text = text
      self.role = role
    }
  }

  /// Draws the detail of one case in a box (lines that do not fit are cut).
  static func render(_ row: CaseRow, state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let inner = Box.draw(in: &buffer, area, title: strings[.detailTitle] + " · " + row.number)
    let width = max(1, inner.width - 2)
    var y = inner.y
    for line in lines(row, state: state) {
      for part in TextWrap.lines(line.text, width: width) {
        guard y < inner.maxY else { return }
        buffer.write(part, x: inner.x + 1, y: y, role: line.role, maxWidth: width)
        y += 1
      }
    }
  }

  /// The detail's lines for a case.
  static func lines(_ row: CaseRow, state: AppState) -> [Line] {
    let strings = state.strings
    let record = row.record
    var lines: [Line] = [Line(row.enterpriseName, .title)]
    lines.append(Line(record.violation))
    var stage = strings.localized(record.stage.title)
    if !record.isArchived {
      stage += " · " + strings.format(.caseNextStep, strings.localized(record.stage.nextStepTitle))
    }
    lines.append(Line(stage, record.isArchived ? "stage.archived" : .normal))
    if !row.officerNames.isEmpty {
      lines.append(
        Line(strings[.caseColumnOfficers] + "：" + row.officerNames.joined(separator: "、")))
    }
    if let decision = record.decision {
      lines.append(
        Line(
          strings[.caseColumnDecision] + "：" + strings.localized(decision.decision.kind.title)
            + " · " + decision.documentNumber + " · " + decision.decidedOn.description))
    }
    let clocks = state.domain.deadlineItems(of: .enforcementCase(record.id), at: state.now)
    if !clocks.isEmpty {
      lines.append(Line(strings[.caseClocks], .dim))
      for item in clocks {
        let (text, tone) = StatusCardContent.deadlineText(item, in: state.domain, strings: strings)
        let role: StyleRole =
          tone == .alarm ? .clockOverdue : tone == .warning ? "clock.due-soon" : .normal
        lines.append(Line("  " + text, role))
      }
    }
    return lines
  }
}
