import CaseDeskDomain
import TerminalUI

/// The selected case's detail: stage and next step, its clocks with their history, the
/// timeline of every recorded step, and the documents, enterprise and linked records.
///
/// The most important lines come first. When the detail is longer than its box the timeline
/// shows its most recent steps and says how many earlier ones it leaves out; it scrolls back
/// to the earlier ones and says how many later ones it then leaves out.
enum CaseDetailView {
  /// Which part of the detail a line belongs to (the timeline is the part that gives way).
  enum Section: Equatable {
    /// The stage and next step, and the clocks: always shown first.
    case head
    /// The enterprise and violation, and the timeline's heading: left out when the box is too
    /// short to show the timeline under them.
    case context
    /// One step of the timeline.
    case timeline
    /// What follows the timeline: flags, the fine, documents, enterprise, links, supervisors.
    case tail
  }

  /// One line of the detail, with the role it is drawn in.
  struct Line: Equatable {
    var text: String
    var role: StyleRole
    var section: Section
    init(_ text: String, _ role: StyleRole = .normal, section: Section = .head) {
      self.text = text
      self.role = role
      self.section = section
    }
  }

  /// The lines that fit a box, and how far back the timeline is and may be scrolled.
  struct Fit: Equatable {
    var lines: [Line]
    /// How many steps earlier than by default the timeline starts (what was asked, at most
    /// `maxScroll`).
    var scroll: Int
    /// How many steps earlier the timeline may start: 0 when every step shows.
    var maxScroll: Int
    /// How far below zero the scroll may go (a detail that scrolls on into what follows the
    /// timeline); 0 for the case detail.
    var minScroll = 0

    /// Every scroll the detail can show.
    var range: ClosedRange<Int> { min(minScroll, maxScroll)...maxScroll }
  }

  /// The fewest rows the timeline keeps when the box is short.
  static let minimumTimelineRows = 3

  /// Draws the detail of one case in a box (lines that do not fit are cut), the timeline
  /// scrolled back by `scroll` entries from where it shows by default.
  static func render(
    _ row: CaseRow, state: AppState, scroll: Int = 0, into buffer: inout Buffer, area: Rect
  ) {
    let strings = state.strings
    let inner = Box.draw(in: &buffer, area, title: strings[.detailTitle] + " · " + row.number)
    let width = max(1, inner.width - 2)
    var y = inner.y
    let shown = fit(
      lines(row, state: state), width: width, height: inner.height, scroll: scroll,
      strings: strings
    ).lines
    for line in shown {
      for part in TextWrap.lines(line.text, width: width) {
        guard y < inner.maxY else { return }
        buffer.write(part, x: inner.x + 1, y: y, role: line.role, maxWidth: width)
        y += 1
      }
    }
  }

  /// How the detail of a case fits a box: the lines shown, and how far the timeline may
  /// scroll back and be scrolled back now.
  static func fit(_ row: CaseRow, state: AppState, scroll: Int, area: Rect) -> Fit {
    let inner = area.width >= 2 && area.height >= 2 ? area.inset(by: 1) : area
    return fit(
      lines(row, state: state), width: max(1, inner.width - 2), height: inner.height,
      scroll: scroll, strings: state.strings)
  }

  /// The lines that fit `height` rows of `width` columns, with the timeline at its latest.
  static func fitted(_ lines: [Line], width: Int, height: Int, strings: Strings) -> [Line] {
    fit(lines, width: width, height: height, scroll: 0, strings: strings).lines
  }

  /// The lines that fit `height` rows of `width` columns: the head, the context when there is
  /// room for the timeline under it, then as many timeline steps as leave room for the tail
  /// (at least a few rows, at least half of what is left, and always one step), then the
  /// tail (cut at the bottom if need be).
  ///
  /// By default the most recent steps show under a line counting the earlier ones left out;
  /// `scroll` moves the first step shown that many steps earlier (at most to the first step),
  /// and a line under the steps then counts the later ones left out.
  static func fit(_ lines: [Line], width: Int, height: Int, scroll: Int, strings: Strings)
    -> Fit
  {
    func rows(_ part: [Line]) -> Int {
      part.reduce(0) { $0 + max(1, TextWrap.lines($1.text, width: width).count) }
    }
    let head = lines.filter { $0.section == .head }
    var context = lines.filter { $0.section == .context }
    let timeline = lines.filter { $0.section == .timeline }
    let tail = lines.filter { $0.section == .tail }
    if height - rows(head) - rows(context) < minimumTimelineRows { context = [] }
    let available = height - rows(head) - rows(context)
    let timelineRows = rows(timeline)
    let tailRows = rows(tail)
    let everything = Fit(lines: head + context + timeline + tail, scroll: 0, maxScroll: 0)
    guard timelineRows + tailRows > available, !timeline.isEmpty else { return everything }
    let budget = max(min(minimumTimelineRows, available), available - tailRows, available / 2)
    if timelineRows <= budget { return everything }
    let sizes = timeline.map { rows([$0]) }
    let count = timeline.count
    // The default window: the latest steps under the line counting the earlier ones.
    var latestStart = count
    var used = 1
    while latestStart > 0, used + sizes[latestStart - 1] <= budget || latestStart == count {
      latestStart -= 1
      used += sizes[latestStart]
    }
    let back = min(max(0, scroll), latestStart)
    let start = latestStart - back
    var end = count
    if back > 0 {
      // Scrolled back: from the chosen step on, with a line counting the later ones.
      used = (start > 0 ? 1 : 0) + 1
      end = start
      while end < count, used + sizes[end] <= budget || end == start {
        used += sizes[end]
        end += 1
      }
    }
    var shown = head + context
    if start > 0 {
      shown.append(
        Line(strings.format(.caseDetailEarlier, "\(start)"), .dim, section: .timeline))
    }
    shown += timeline[start..<end]
    if end < count {
      shown.append(
        Line(strings.format(.caseDetailLater, "\(count - end)"), .dim, section: .timeline))
    }
    return Fit(lines: shown + tail, scroll: back, maxScroll: latestStart)
  }

  /// Every line of the detail for a case, in order (before fitting to a box).
  static func lines(_ row: CaseRow, state: AppState) -> [Line] {
    let strings = state.strings
    let domain = state.domain
    let record = row.record
    var stage = strings.localized(record.stage.title)
    if record.isArchived {
      stage += " · " + strings[.caseDetailReadOnly]
    } else {
      stage += " · " + strings.format(.caseNextStep, strings.localized(record.stage.nextStepTitle))
    }
    var lines = [Line(stage, record.isArchived ? "stage.archived" : .title)]
    lines += clockLines(record, state: state)
    lines.append(Line(row.enterpriseName + " · " + record.violation, section: .context))
    lines.append(Line(strings[.caseDetailTimeline], .dim, section: .context))
    for entry in CaseTimeline.entries(of: record, in: domain, strings: strings) {
      lines.append(
        Line(
          CaseTimeline.text(of: entry, in: domain, strings: strings),
          entry.isSetback ? "clock.due-soon" : .normal, section: .timeline))
    }
    lines += tailLines(row, state: state)
    return lines
  }

  /// The open clocks with time left as their rule counts it, then the decision clock's history
  /// (indented): each extension and each period that did not count.
  static func clockLines(_ record: EnforcementCase, state: AppState) -> [Line] {
    let strings = state.strings
    let domain = state.domain
    let clocks = domain.deadlineItems(of: .enforcementCase(record.id), at: state.now)
    var lines: [Line] = []
    for item in clocks {
      let (text, tone) = StatusCardContent.deadlineText(item, in: domain, strings: strings)
      let role: StyleRole =
        tone == .alarm ? .clockOverdue : tone == .warning ? "clock.due-soon" : .normal
      lines.append(Line(text, role))
    }
    for granted in record.extensions {
      let who = CaseTimeline.name(of: granted.stamp.actor, in: domain, strings: strings)
      let day = granted.stamp.time.day(utcOffset: domain.settings.utcOffset)
      lines.append(
        Line(
          "  "
            + strings.format(
              .caseDetailExtensionHistory, "\(granted.days)", day.description, who, granted.reason),
          .dim))
    }
    for pause in record.pauses {
      let end = pause.end?.description ?? strings[.caseDetailPauseOngoing]
      lines.append(
        Line(
          "  "
            + strings.format(
              .caseDetailPauseHistory, strings.localized(pause.kind.title),
              pause.start.description, end, pause.reason),
          .dim))
    }
    return lines
  }
}
