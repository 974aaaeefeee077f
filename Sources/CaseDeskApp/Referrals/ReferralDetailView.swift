import CaseDeskDomain
import TerminalUI

/// The selected referral's detail: kind and stage, every open deadline on either side, the
/// case's status, the statutory ground and persons, the timeline, and the documents checklist.
///
/// The most important lines come first; when the detail is longer than its box the timeline
/// keeps its latest steps (as on the case review pane) and the checklist is cut at the bottom.
/// `K` scrolls back to earlier steps; `J` scrolls on into the checklist.
enum ReferralDetailView {
  typealias Line = CaseDetailView.Line

  /// Draws the detail of one referral in a box (lines that do not fit are cut), scrolled by
  /// `scroll` entries from where it shows by default.
  static func render(
    _ row: ReferralRow, state: AppState, scroll: Int = 0, into buffer: inout Buffer, area: Rect
  ) {
    let strings = state.strings
    let inner = Box.draw(
      in: &buffer, area, title: strings[.detailTitle] + " · " + row.caseNumber)
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

  /// How the detail of a referral fits a box: the lines shown, and how far it may scroll.
  static func fit(_ row: ReferralRow, state: AppState, scroll: Int, area: Rect)
    -> CaseDetailView.Fit
  {
    let inner = area.width >= 2 && area.height >= 2 ? area.inset(by: 1) : area
    return fit(
      lines(row, state: state), width: max(1, inner.width - 2), height: inner.height,
      scroll: scroll, strings: state.strings)
  }

  /// The lines that fit `height` rows of `width` columns, as the case detail fits them.
  ///
  /// From zero up `scroll` moves the timeline back to earlier steps, as on the case review
  /// pane. When the box cuts the documents checklist, `scroll` below zero moves on past the
  /// default steps into the checklist: the steps and the checklist are then fitted as one run
  /// of entries that starts that many entries after the default's first step (`minScroll`
  /// is where the run's end shows).
  static func fit(_ lines: [Line], width: Int, height: Int, scroll: Int, strings: Strings)
    -> CaseDetailView.Fit
  {
    let lines = roomForTheLatestStep(lines, width: width, height: height)
    var base = CaseDetailView.fit(
      lines, width: width, height: height, scroll: max(0, scroll), strings: strings)
    // The default's first step, and the run of steps then checklist fitted as one.
    let defaultStart = base.maxScroll
    let run = lines.map { line in
      var line = line
      if line.section == .tail { line.section = .timeline }
      return line
    }
    let latest = CaseDetailView.fit(run, width: width, height: height, scroll: 0, strings: strings)
    let later = max(0, latest.maxScroll - defaultStart)
    base.minScroll = -later
    guard scroll < 0, later > 0 else { return base }
    let forward = min(-scroll, later)
    var moved = CaseDetailView.fit(
      run, width: width, height: height, scroll: later - forward, strings: strings)
    moved.scroll = -forward
    moved.maxScroll = base.maxScroll
    moved.minScroll = -later
    return moved
  }

  /// In a short box the case's status line gives way to the timeline's latest step: it moves
  /// after the timeline when the head would leave too few rows for that step as it wraps
  /// (with the line counting the earlier steps above it).
  static func roomForTheLatestStep(_ lines: [Line], width: Int, height: Int) -> [Line] {
    func rows(_ line: Line) -> Int { max(1, TextWrap.lines(line.text, width: width).count) }
    let head = lines.filter { $0.section == .head }
    let headRows = head.reduce(0) { $0 + rows($1) }
    let timeline = lines.filter { $0.section == .timeline }
    let latestRows = (timeline.last.map(rows) ?? 1) + (timeline.count > 1 ? 1 : 0)
    guard height - headRows < max(2, latestRows),
      let status = head.last(where: { $0.role == .normal })
    else {
      return lines
    }
    var moved = lines.filter { $0 != status }
    var tail = status
    tail.section = .tail
    let firstTail = moved.firstIndex { $0.section == .tail } ?? moved.count
    moved.insert(tail, at: firstTail)
    return moved
  }

  /// Every line of the detail, in order (before fitting to a box).
  static func lines(_ row: ReferralRow, state: AppState) -> [Line] {
    let strings = state.strings
    let domain = state.domain
    let record = row.record
    var lines = [
      Line(
        strings.localized(record.kind.title) + " · " + strings.localized(record.stage.title),
        record.isOpen ? .title : "stage.archived")
    ]
    let missing = domain.missingDocuments(ofReferral: record.id)
    if record.handOver == nil, record.isOpen, !missing.isEmpty {
      lines.append(
        Line(strings.format(.referralDetailMissingHead, "\(missing.count)"), .clockOverdue))
    }
    lines += deadlineLines(row, state: state)
    if let status = caseStatus(record, in: domain, strings: strings) {
      lines.append(Line(status))
    }
    lines += contextLines(row, state: state)
    for entry in ReferralTimeline.entries(of: record, in: domain, strings: strings) {
      lines.append(
        Line(
          CaseTimeline.text(of: entry, in: domain, strings: strings),
          entry.isSetback ? "clock.due-soon" : .normal, section: .timeline))
    }
    lines += documentLines(record, in: domain, strings: strings)
    return lines
  }

  /// Every open deadline of the referral, most urgent first: whose it is, what, and time left
  /// (overdue in the alarm style).
  static func deadlineLines(_ row: ReferralRow, state: AppState) -> [Line] {
    let strings = state.strings
    let items = ReferralRow.deadlineItems(ofReferral: row.id, in: state.domain, at: state.now)
    return items.map { item in
      let party = strings[
        item.deadline.party == .police ? .referralPartyPolice : .referralPartyBureau]
      let left = ReferralColumn.plainTimeLeft(item, strings: strings)
      return Line(
        strings.format(
          .referralDetailDeadline, party, strings.localized(item.deadline.title), left),
        ReferralColumn.role(of: item) ?? .normal)
    }
  }

  /// The case's status: its stage, the decision's kind, and the fine with what was paid (a
  /// referral never stands in for a fine, so both show).
  static func caseStatus(_ referral: Referral, in domain: DomainState, strings: Strings)
    -> String?
  {
    guard let record = domain.cases[referral.caseID] else { return nil }
    var parts = [strings.localized(record.stage.title)]
    if let decided = record.decision {
      parts.append(strings.localized(decided.decision.kind.title))
    } else {
      parts.append(strings[.referralDetailNotDecided])
    }
    if record.fineFen > 0 {
      parts.append(
        strings.format(
          .caseDetailMoney, CaseTimeline.yuan(record.fineFen, strings: strings),
          CaseTimeline.yuan(record.paidFen, strings: strings),
          CaseTimeline.yuan(record.outstandingFineFen, strings: strings)))
    } else {
      parts.append(strings[.referralDetailNoFine])
    }
    let number = record.number?.description ?? record.id.raw
    return strings.format(.referralDetailCaseStatus, number, parts.joined(separator: " · "))
  }

  /// The enterprise and persons, the statutory ground with its measured figures, and the
  /// timeline's heading.
  static func contextLines(_ row: ReferralRow, state: AppState) -> [Line] {
    let strings = state.strings
    let record = row.record
    var lines: [Line] = []
    var who = strings.format(.referralDetailEnterprise, row.enterpriseName)
    if !record.responsiblePersons.isEmpty {
      who +=
        " · "
        + strings.format(
          .referralDetailPersons,
          record.responsiblePersons.joined(separator: strings[.caseDetailSeparator]))
    }
    lines.append(Line(who, section: .context))
    for text in groundLines(record.ground, strings: strings) {
      lines.append(Line(text, section: .context))
    }
    lines.append(Line(strings[.caseDetailTimeline], .dim, section: .context))
    return lines
  }

  /// The statutory ground: the article 63 situation, or the crime's description and each
  /// threshold met with its measured figure (or the figures when none is met).
  static func groundLines(_ ground: ReferralGround, strings: Strings) -> [String] {
    switch ground {
    case .detention(let situation):
      return [strings.format(.referralDetailGroundDetention, strings.localized(situation.title))]
    case .crime(let crime):
      var lines = [strings.format(.referralDetailGroundCrime, crime.description)]
      let met = crime.thresholdsMet
      for threshold in met {
        lines.append(
          strings.format(
            .referralDetailThreshold, strings.localized(threshold.threshold),
            factText(threshold.fact, strings: strings)))
      }
      if met.isEmpty, !crime.facts.isEmpty {
        let facts = crime.facts.map { factText($0, strings: strings) }
        lines.append(
          strings.format(
            .referralDetailNoThreshold, facts.joined(separator: strings[.caseDetailSeparator])))
      }
      return lines
    }
  }

  /// A measured figure in words: tonnes of hazardous waste, or a concentration against its
  /// standard with how many times the standard it is.
  static func factText(_ fact: MeasuredFact, strings: Strings) -> String {
    switch fact {
    case .hazardousWaste(let kilograms):
      return strings.format(.referralDetailWasteTonnes, decimal(Double(kilograms) / 1000))
    case .discharge(let metal, let measured, let standard):
      let times = standard > 0 ? decimal(measured / standard) : "—"
      return strings.format(
        .referralDetailDischarge, metal.symbol, decimal(measured), decimal(standard), times)
    }
  }

  /// A figure with at most two decimals, without trailing zeros (`3.5`, `4.8`, `12`).
  static func decimal(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100
    let rest = abs(hundredths % 100)
    if rest == 0 { return String(whole) }
    if rest % 10 == 0 { return String(whole) + "." + String(rest / 10) }
    return String(whole) + "." + (rest < 10 ? "0" : "") + String(rest)
  }
}
