import CaseDeskDomain
import TerminalUI

/// The selected entry's detail: standing, the year's on-site inspections with their reasons
/// (the audit of "无事不扰"), dates, why it needs a review, the criteria it was checked
/// against with their evidence, and its last steps.
enum PositiveListDetailView {
  /// One line of the detail, with the role it is drawn in.
  struct Line: Equatable {
    var text: String
    var role: StyleRole
    init(_ text: String, _ role: StyleRole = .normal) {
      self.text = text
      self.role = role
    }
  }

  /// Draws the detail of one row in a box (lines that do not fit are cut).
  static func render(_ row: PositiveListRow, state: AppState, into buffer: inout Buffer, area: Rect)
  {
    let strings = state.strings
    let inner = Box.draw(
      in: &buffer, area, title: strings[.detailTitle] + " · " + row.enterprise.shortName)
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

  /// The detail's lines for a row.
  static func lines(_ row: PositiveListRow, state: AppState) -> [Line] {
    let strings = state.strings
    typealias C = PositiveListColumn
    var lines: [Line] = [Line(row.name, .title)]
    var standing = C.statusText(row, strings: strings)
    if let since = row.since {
      standing += " · " + strings.format(.positiveSince, since.description)
    }
    lines.append(Line(standing, C.role(row, column: C.status) ?? .normal))
    lines += onSiteLines(row, state: state)
    if let next = row.nextReview {
      let text = strings.format(.positiveNextReview, next.description)
      lines.append(
        row.isReviewOverdue
          ? Line(text + " · " + strings[.positiveReviewOverdue], .clockOverdue) : Line(text))
    }
    lines.append(Line(strings[.columnBasis] + "：" + strings.localized(row.basis)))
    lines.append(
      Line(
        strings[.columnCommissioner] + "：" + (row.commissionerName ?? strings[.none]) + " · "
          + strings[.columnOpenClues] + "：" + String(row.openClues)))
    if let item = state.positiveList.reviewQueue.first(where: { $0.enterprise == row.id }) {
      lines.append(Line(strings[.positiveReviewNeeded], .clockOverdue))
      for trigger in item.triggers {
        lines.append(
          Line("  " + trigger.text(in: state.domain, strings: strings), .clockOverdue))
      }
    }
    let entry = state.domain.positiveList[row.id]
    let assessment =
      entry?.pendingAdmission?.assessment ?? entry?.lastAssessment
      ?? (row.isEligible
        ? PositiveListEntry.assess(
          row.enterprise, facts: state.domain.enforcementFacts(of: row.id),
          on: state.now.day(utcOffset: state.domain.settings.utcOffset)) : nil)
    if let assessment {
      lines.append(
        Line(strings.format(.positiveCriteriaChecked, assessment.checkedOn.description), .dim))
      for check in assessment.checks {
        lines.append(
          Line(
            findingMark(check.finding) + " " + strings.localized(check.criterion.title) + "："
              + strings.localized(check.evidence), findingRole(check.finding)))
      }
    }
    if let steps = entry?.history.suffix(3), !steps.isEmpty {
      lines.append(Line(strings[.positiveLastSteps], .dim))
      for step in steps.reversed() {
        var text = step.day.description + " " + stepTitle(step.kind, strings: strings)
        if let reason = step.reason {
          text += " · " + strings.localized(reason.kind.title)
          if let number = reason.caseNumber { text += " " + number }
          if !reason.text.isEmpty { text += " · " + reason.text }
        } else if !step.note.isEmpty {
          text += " · " + step.note
        }
        lines.append(Line(text))
      }
    }
    return lines
  }

  /// The audit of "无事不扰": each on-site inspection of the year with its day, stage and
  /// reason, or a line saying there was none.
  static func onSiteLines(_ row: PositiveListRow, state: AppState) -> [Line] {
    let strings = state.strings
    let year = String(state.now.day(utcOffset: state.domain.settings.utcOffset).year)
    guard !row.onSiteInspections.isEmpty else {
      return [Line(strings.format(.positiveOnSiteNone, year), .dim)]
    }
    var lines = [
      Line(strings.format(.positiveOnSiteTitle, year, String(row.onSiteCount)), .dim)
    ]
    for inspection in row.onSiteInspections {
      var text =
        "  " + inspection.plannedOn.description + " " + inspection.id.raw + " "
        + strings.localized(inspection.stage.title) + " · "
        + strings.localized(inspection.kind.title) + " · "
        + (inspection.reason.map { strings.localized($0.title) } ?? strings[.planNoReason])
      if inspection.isPositiveListException {
        text += " · " + strings[.positiveOnSiteException]
      }
      let unexplained = inspection.isPositiveListException && inspection.reason == nil
      lines.append(Line(text, unexplained ? .clockOverdue : .normal))
    }
    return lines
  }

  /// The mark shown before a criterion: met, not met, unknown.
  static func findingMark(_ finding: PositiveListEntry.Finding) -> String {
    switch finding {
    case .met: return "✓"
    case .notMet: return "✗"
    case .unknown: return "?"
    }
  }

  /// The role a criterion's line is drawn in.
  static func findingRole(_ finding: PositiveListEntry.Finding) -> StyleRole {
    switch finding {
    case .met: return .normal
    case .notMet: return .clockOverdue
    case .unknown: return "clock.due-soon"
    }
  }

  /// A history step's name in the user's language.
  static func stepTitle(_ kind: PositiveListEntry.Step.Kind, strings: Strings) -> String {
    switch kind {
    case .proposed: return strings[.positiveStepProposed]
    case .approved: return strings[.positiveStepApproved]
    case .rejected: return strings[.positiveStepRejected]
    case .admitted: return strings[.positiveStepAdmitted]
    case .suspended: return strings[.positiveStepSuspended]
    case .restored: return strings[.positiveStepRestored]
    case .removed: return strings[.positiveStepRemoved]
    case .reviewed: return strings[.positiveStepReviewed]
    }
  }
}
