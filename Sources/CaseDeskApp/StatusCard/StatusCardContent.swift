import CaseDeskDomain

/// Turns a domain status card into the lines every rendering of the card shows.
public enum StatusCardContent {
  /// The lines of `card`, in the order the card shows them.
  public static func lines(
    of card: EnterpriseStatusCard, in domain: DomainState, strings: Strings
  ) -> [StatusCardLine] {
    let enterprise = card.enterprise
    let offset = domain.settings.utcOffset
    func text(_ localized: LocalizedText) -> String { strings.localized(localized) }
    var lines: [StatusCardLine] = [
      StatusCardLine(kind: .field, label: strings[.cardUSCC], text: enterprise.uscc),
      StatusCardLine(kind: .field, label: strings[.cardDistrict], text: enterprise.district),
      StatusCardLine(
        kind: .field, label: strings[.cardTier],
        text: strings[enterprise.tier == .key ? .tierKey : .tierGeneral]),
      StatusCardLine(
        kind: .field, label: strings[.cardKeyDischarge],
        text: strings[enterprise.isKeyDischargeUnit ? .yes : .no]),
    ]
    var listing = [positiveListText(card.positiveList, strings: strings)]
    if let since = card.listedSince {
      listing.append(strings[.cardListedSince] + " " + since.description)
    }
    if let review = card.nextReview {
      listing.append(strings[.cardNextReview] + " " + review.description)
    }
    lines.append(
      StatusCardLine(
        kind: .field, label: strings[.cardPositiveList], text: listing.joined(separator: " · "),
        target: card.positiveList == .notListed ? nil : .positiveListEntry(enterprise.id)))
    lines.append(
      StatusCardLine(
        kind: .field, label: strings[.cardCommissioner],
        text: card.commissioner?.name ?? strings[.cardNone],
        tone: card.commissioner == nil ? .quiet : .normal))

    section(strings[.cardOpenCases], strings: strings, into: &lines) {
      card.openCases.map { line in
        let (deadline, tone) = deadlineText(line.deadline, in: domain, strings: strings)
        let parts = [
          line.number?.description ?? line.id.raw, deadline, text(line.stage.title),
          line.violation,
        ]
        return StatusCardLine(
          kind: .item, text: parts.filter { !$0.isEmpty }.joined(separator: " · "), tone: tone,
          target: .enforcementCase(line.id))
      }
    }
    section(strings[.cardReferrals], strings: strings, into: &lines) {
      card.referrals.map { line in
        let (deadline, tone) = deadlineText(line.deadline, in: domain, strings: strings)
        let parts = [line.id.raw, deadline, text(line.stage.title), text(line.kind.title)]
        return StatusCardLine(
          kind: .item, text: parts.filter { !$0.isEmpty }.joined(separator: " · "), tone: tone,
          target: .referral(line.id))
      }
    }
    if let inspection = card.lastInspection {
      let day = inspection.result?.stamp.time.day(utcOffset: offset) ?? inspection.plannedOn
      let outcome = inspection.result.map { text($0.outcome.title) } ?? strings[.cardNoResult]
      lines.append(
        StatusCardLine(
          kind: .field, label: strings[.cardLastInspection],
          text: "\(day) \(text(inspection.kind.title)) · \(outcome)",
          target: .inspection(inspection.id)))
    } else {
      lines.append(
        StatusCardLine(
          kind: .field, label: strings[.cardLastInspection], text: strings[.cardNone],
          tone: .quiet))
    }
    section(strings[.cardOpenClues], strings: strings, into: &lines) {
      card.openClues.map { clue in
        StatusCardLine(
          kind: .item,
          text: "\(clue.receivedAt.day(utcOffset: offset)) \(text(clue.source.title)) · "
            + clue.facts,
          target: .clue(clue.id))
      }
    }
    section(strings[.cardOpenRequests], strings: strings, into: &lines) {
      card.openRequests.map { request in
        StatusCardLine(
          kind: .item, text: "\(request.receivedOn) \(request.subject)",
          target: .serviceRequest(request.id))
      }
    }
    let satisfaction = card.visitSatisfaction.map {
      strings.format(.cardSatisfaction, "\(Int(($0 * 100).rounded()))%")
    }
    section(strings[.cardVisits], note: satisfaction, strings: strings, into: &lines) {
      card.visits.map { visit in
        let rating = visit.satisfaction.map { " · " + text($0.title) } ?? ""
        return StatusCardLine(
          kind: .item, text: "\(visit.visitedOn) \(visit.summary)\(rating)",
          target: .followUpVisit(visit.id))
      }
    }
    section(strings[.cardHealthCheck], strings: strings, into: &lines) {
      card.pendingHealthCheckForms.map { inspection in
        StatusCardLine(
          kind: .item,
          text: "\(inspection.plannedOn) \(text(inspection.kind.title)) · \(inspection.id.raw)",
          target: .inspection(inspection.id))
      }
    }
    section(strings[.cardRectification], strings: strings, into: &lines) {
      card.rectificationTasks.map { task in
        StatusCardLine(
          kind: .item,
          text: "\(task.title) · \(text(task.status.title)) · "
            + strings.format(.cardDue, task.deadline.description),
          target: .rectificationTask(task.id))
      }
    }
    return lines
  }

  /// Appends a section: a "none" field when it has no items, else a heading and its items.
  private static func section(
    _ title: String, note: String? = nil, strings: Strings, into lines: inout [StatusCardLine],
    items: () -> [StatusCardLine]
  ) {
    let made = items()
    guard !made.isEmpty else {
      lines.append(
        StatusCardLine(kind: .field, label: title, text: strings[.cardNone], tone: .quiet))
      return
    }
    var heading = "\(title) (\(made.count))"
    if let note { heading += " · " + note }
    lines.append(StatusCardLine(kind: .heading, label: heading))
    lines += made
  }

  /// The text of a positive-list status.
  static func positiveListText(_ status: PositiveListStatus, strings: Strings) -> String {
    switch status {
    case .notListed: return strings[.positiveNotListed]
    case .candidate: return strings[.positiveCandidate]
    case .listed: return strings[.positiveListed]
    case .suspended: return strings[.positiveSuspended]
    case .removed: return strings[.positiveRemoved]
    }
  }

  /// A deadline as "title, time left (unit, due day)" and how urgent it is.
  static func deadlineText(_ item: DeadlineItem?, in domain: DomainState, strings: Strings)
    -> (String, StatusCardLine.Tone)
  {
    guard let item else { return ("", .normal) }
    let title = strings.localized(item.deadline.title)
    let status = item.status
    let tone: StatusCardLine.Tone =
      status.isOverdue ? .alarm : status.isDueSoon ? .warning : .normal
    let rule = item.deadline.rule
    let unit = (domain.settings.clocks[rule] ?? ClockTable.standard[rule])?.unit ?? .calendarDays
    switch item.deadline.due {
    case .paused:
      return (title + " " + strings[.cardPaused], .quiet)
    case .instant(let time):
      let hours = status.hoursLeft ?? 0
      let left =
        hours < 0
        ? strings.format(.cardHoursOverdue, "\(-hours)")
        : strings.format(.cardHoursLeft, "\(hours)")
      let due = strings.format(.cardDue, time.day(utcOffset: domain.settings.utcOffset).description)
      return (title + " " + left + " (" + due + ")", tone)
    case .endOfDay(let day):
      let days = status.daysLeft ?? 0
      let left =
        days < 0
        ? strings.format(.cardOverdue, "\(-days)")
        : days == 0 ? strings[.cardDueToday] : strings.format(.cardDaysLeft, "\(days)")
      let unitName = strings[unit == .workingDays ? .cardWorkingDays : .cardCalendarDays]
      let due = strings.format(.cardDue, day.description)
      return (title + " " + left + " (" + unitName + ", " + due + ")", tone)
    }
  }
}
