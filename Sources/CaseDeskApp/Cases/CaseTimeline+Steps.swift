import CaseDeskDomain

extension CaseTimeline.Builder {
  /// Opening, filing (the four conditions) or its withdrawal, and the investigating officers.
  mutating func opening(_ record: EnforcementCase) {
    add(
      strings.format(
        .caseDetailOpened, CaseTimeline.sourceText(record.source, in: domain, strings: strings),
        record.violation, record.legalBasis, record.conductOn.description),
      record.opened)
    if let filed = record.filed {
      let conditions = record.filingConditions.map { conditions in
        [
          check(.caseDetailConditionViolation, conditions.suspectedViolation),
          check(.caseDetailConditionPenalty, conditions.penaltyPossible),
          check(.caseDetailConditionJurisdiction, conditions.withinJurisdiction),
          check(.caseDetailConditionTimeBar, conditions.notTimeBarred),
        ].joined(separator: strings[.caseDetailSeparator])
      }
      add(
        strings.format(
          .caseDetailFiled, record.number?.description ?? record.id.raw, conditions ?? "",
          record.filingConditions?.opinion ?? ""),
        filed)
      if !record.officers.isEmpty {
        let names = record.officers.map { domain.staff[$0]?.name ?? $0.raw }
        entries.append(
          CaseTimelineEntry(
            day: filed.time.day(utcOffset: offset), time: filed.time,
            text: strings.format(
              .caseDetailOfficers, names.joined(separator: strings[.caseDetailSeparator]))))
      }
    }
    if let withdrawn = record.withdrawn {
      add(
        strings.format(.caseDetailWithdrawn, record.withdrawalReason ?? ""), withdrawn,
        isSetback: true)
    }
  }

  /// Investigation records, preservations, decisions not to coerce, and the report.
  mutating func investigation(_ record: EnforcementCase) {
    for evidence in record.evidence {
      add(
        strings.format(
          .caseDetailEvidence, strings.localized(evidence.kind.title), evidence.documentNumber,
          evidence.summary),
        on: evidence.madeOn)
    }
    for preservation in record.preservations {
      add(strings.format(.caseDetailPreserved, preservation.items), preservation.preserved)
      if let outcome = preservation.outcome, let decided = preservation.decided {
        let note =
          preservation.outcomeNote.isEmpty
          ? "" : strings[.caseDetailClause] + preservation.outcomeNote
        add(
          strings.format(.caseDetailPreservationDecided, outcomeText(outcome), note), decided)
      }
    }
    for item in record.noCoercion {
      add(strings.format(.caseDetailNoCoercion, item.listItem, item.reason), item.stamp)
    }
    if let report = record.report, let reported = record.reported {
      add(
        strings.format(.caseDetailReport, report.proposedOutcome, report.facts), reported)
    }
  }

  /// Each case review: passed with its opinion, or sent back with the reasons.
  mutating func reviews(_ record: EnforcementCase) {
    for review in record.reviews {
      let key: StringKey =
        review.outcome.isPassed ? .caseDetailReviewPassed : .caseDetailReviewSentBack
      add(
        strings.format(key, review.outcome.text), review.stamp,
        isSetback: !review.outcome.isPassed)
    }
  }

  /// The prior notice, the party's statements, and the hearing.
  mutating func notice(_ record: EnforcementCase) {
    if let given = record.priorNotice {
      let notice = given.notice
      var text = strings.format(
        .caseDetailNotice, notice.documentNumber, notice.servedOn.description,
        notice.proposedPenalty)
      if notice.hearingRight {
        text += strings[.caseDetailClause] + strings[.caseDetailHearingRight]
      }
      add(text, given.stamp)
    }
    for statement in record.statements {
      let key: StringKey =
        statement.waivesHearing ? .caseDetailStatementWaives : .caseDetailStatement
      add(strings.format(key, statement.text), statement.stamp)
    }
    guard let hearing = record.hearing else { return }
    add(strings[.caseDetailHearingRequested], hearing.requested, day: hearing.requestedOn)
    if let scheduled = hearing.scheduledFor {
      let served = hearing.noticeServedOn
      add(
        strings.format(
          .caseDetailHearingScheduled, scheduled.description, served?.description ?? "—"),
        on: served ?? hearing.requestedOn)
    }
    if let held = hearing.heldOn {
      add(strings.format(.caseDetailHearingHeld, hearing.record), on: held)
    }
  }

  /// Each legal review with its checklist answers, and the collective discussions.
  mutating func legalReviews(_ record: EnforcementCase) {
    for review in record.legalReviews {
      let key: StringKey =
        review.outcome.isPassed ? .caseDetailLegalPassed : .caseDetailLegalSentBack
      let list = review.checklist
      let checks = [
        check(.caseDetailCheckJurisdiction, list.jurisdiction),
        check(.caseDetailCheckProcedure, list.procedure),
        check(.caseDetailCheckFacts, list.facts),
        check(.caseDetailCheckBasis, list.basis),
        check(.caseDetailCheckDiscretion, list.discretion),
        check(.caseDetailCheckDocuments, list.documents),
        check(.caseDetailCheckCrime, list.crimeReferralNeeded),
      ].joined(separator: strings[.caseDetailSeparator])
      add(
        strings.format(key, review.outcome.text) + strings[.caseDetailClause] + checks,
        review.stamp, isSetback: !review.outcome.isPassed)
    }
    for discussion in record.discussions {
      var text = strings.format(
        .caseDetailDiscussion, discussion.heldOn.description, discussion.conclusion)
      if !discussion.minutes.isEmpty {
        text += strings[.caseDetailClause] + discussion.minutes
      }
      add(text, discussion.stamp, day: discussion.heldOn)
    }
  }

  /// Extensions of the decision clock and the periods it does not run.
  mutating func clock(_ record: EnforcementCase) {
    for granted in record.extensions {
      var text = strings.format(.caseDetailExtension, "\(granted.days)", granted.reason)
      if !granted.collectiveMinutes.isEmpty {
        text +=
          strings[.caseDetailClause]
          + strings.format(.caseDetailMinutes, granted.collectiveMinutes)
      }
      add(text, granted.stamp)
    }
    for pause in record.pauses {
      let kind = strings.localized(pause.kind.title)
      add(
        strings.format(.caseDetailPauseStarted, kind, pause.start.description, pause.reason),
        pause.started)
      if let end = pause.end, let ended = pause.ended {
        add(strings.format(.caseDetailPauseEnded, kind, end.description), ended)
      }
    }
  }

  /// Enforcement of the fine, re-checks, closing and archiving.
  mutating func enforcement(_ record: EnforcementCase) {
    if let service = record.service {
      add(
        strings.format(
          .caseDetailServed, strings.localized(service.way.title),
          service.servedOn.description),
        service.stamp)
    }
    for payment in record.payments {
      add(
        strings.format(
          .caseDetailPayment, CaseTimeline.yuan(payment.amountFen, strings: strings),
          payment.paidOn.description, payment.receipt),
        payment.stamp)
    }
    for step in record.enforcement {
      switch step.action {
      case .demand(let number, let day):
        add(strings.format(.caseDetailDemand, number, day.description), step.stamp)
      case .courtApplication(let court, let day):
        add(strings.format(.caseDetailCourt, court, day.description), step.stamp)
      }
    }
    for recheck in record.rechecks {
      let key: StringKey =
        recheck.correctionHeld ? .caseDetailRecheckHeld : .caseDetailRecheckFailed
      add(
        strings.format(key, recheck.checkedOn.description, recheck.note), recheck.stamp,
        isSetback: !recheck.correctionHeld)
    }
    if let closed = record.closed { add(strings[.caseDetailClosed], closed) }
    if let archived = record.archived { add(strings[.caseDetailArchived], archived) }
  }

  /// Social supervisors invited, and the opinions they gave.
  mutating func supervisors(_ record: EnforcementCase) {
    for participation in record.supervisors {
      let name = domain.supervisors[participation.supervisor]?.name ?? participation.supervisor.raw
      add(strings.format(.caseDetailSupervisorInvited, name), participation.invited)
      if let opinion = participation.opinion, let stamp = participation.opinionStamp {
        add(strings.format(.caseDetailSupervisorOpinion, name, opinion), stamp)
      }
    }
  }

  /// The name of a preservation outcome.
  func outcomeText(_ outcome: PreservationOutcome) -> String {
    switch outcome {
    case .released: return strings[.caseDetailOutcomeReleased]
    case .seized: return strings[.caseDetailOutcomeSeized]
    case .retainedAsEvidence: return strings[.caseDetailOutcomeRetained]
    case .confiscated: return strings[.caseDetailOutcomeConfiscated]
    }
  }
}
