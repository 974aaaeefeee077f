import CaseDeskDomain

extension DemoGenerator {
  /// Schedules a case's steps from the prior notice (or the decision) to the story's end.
  mutating func scheduleDecision(
    _ story: DemoCaseStory, slot: Int, referralSlot: Int, lead: Actor, approver: Actor,
    reviewer: Actor, clerk: Actor, violation: (String, String, String), day: inout Day,
    minute: inout Int
  ) {
    var current = day
    var currentMinute = minute
    defer {
      day = current
      minute = currentMinute
    }
    func next(_ days: Int) -> Timestamp {
      current = C.weekday(current.adding(days: days))
      currentMinute = (currentMinute + 7) % 60
      return C.at(current, 10, currentMinute)
    }
    func id(_ runner: DemoRunner) -> CaseID { CaseID(runner.id(slot)) }
    let year = current.year
    let end = story.end
    switch story.outcome {
    case .noPenalty(let item):
      let decidedAt = next(2)
      let decidedOn = current
      let findings = NoPenaltyFindings(
        listItem: item, firstOffence: true, minor: true, correctedInTime: true,
        noHarmfulConsequence: true, notInSensitiveArea: true,
        correctionOrder: number("鞍环责改", year), correctionDeadline: decidedOn,
        correctedOn: decidedOn.adding(days: -2), recheckOn: decidedOn.adding(days: 30))
      let document = number("鞍环不罚", year)
      schedule.command(by: approver, at: decidedAt) { runner in
        .enforcementCase(.decide(id(runner), .noPenaltyMinor(findings), documentNumber: document))
      }
      if end == .decided { return }
      schedule.command(by: clerk, at: next(2)) { runner in
        .enforcementCase(
          .recordService(id(runner), servedOn: decidedOn.adding(days: 2), way: .inPerson))
      }
      if end == .served { return }
      let recheckOn = C.weekday(decidedOn.adding(days: 30))
      current = recheckOn
      schedule.command(by: lead, at: C.at(recheckOn, 10, currentMinute)) { runner in
        .enforcementCase(
          .recordRecheck(
            id(runner), checkedOn: recheckOn, correctionHeld: true, note: "复查整改到位，未再发生违法行为"))
      }
      closeAndArchive(end: end, approver: approver, clerk: clerk, next: next, id: id)
      return
    case .notEstablished:
      schedule.command(by: approver, at: next(2)) { runner in
        .enforcementCase(
          .decide(
            id(runner), .noPenaltyNotEstablished(reasons: "现有证据不足以证明违法事实"),
            documentNumber: "鞍环不罚〔\(year)〕证-1号"))
      }
      let servedOn = C.weekday(current.adding(days: 2))
      schedule.command(by: clerk, at: next(2)) { runner in
        .enforcementCase(.recordService(id(runner), servedOn: servedOn, way: .post))
      }
      closeAndArchive(end: end, approver: approver, clerk: clerk, next: next, id: id)
      return
    case .crimeReferral(let variant):
      // The last two crime cases wait weeks for the hazardous-waste identification report, so
      // they reach the head (variant 9) and the police (variant 4) in the week before the
      // demo's as-of day, with their short clocks running.
      if variant == 4 { current = max(current, C.day(2025, 12, 16)) }
      if variant == 9 { current = max(current, C.day(2025, 12, 14)) }
      let ground = CrimeGround(
        description: variant % 2 == 0 ? "非法处置危险废物" : "非法排放含重金属废水",
        facts: variant % 2 == 0
          ? [.hazardousWaste(kilograms: 3000 + random.below(20) * 500)]
          : [.discharge(.chromium, measured: 2.4, standard: 0.5)])
      let persons = [DemoNames.person(&random)]
      let document = number("鞍环移", year)
      schedule.create(.referral, into: referralSlot, by: approver, at: next(2)) { runner in
        .enforcementCase(
          .decide(
            id(runner), .referral(ground, responsiblePersons: persons), documentNumber: document))
      }
      scheduleReferral(
        kind: .crime, variant: variant, slot: referralSlot, lead: lead, approver: approver,
        clerk: clerk, next: next, current: { current })
      return
    case .penalty, .detentionReferral:
      break
    }
    // The prior notice, and the hearing or collective path.
    let notice = PriorNotice(
      documentNumber: number("鞍环罚告", year), facts: "\(story.firm.name)\(violation.0)",
      reasons: "违反\(violation.1)", basis: violation.2,
      proposedPenalty: proposedOutcome(story.outcome),
      hearingRight: story.path == .hearing, servedOn: C.weekday(current.adding(days: 2)))
    let checklist = LegalReviewChecklist(
      jurisdiction: true, procedure: true, facts: true, basis: true, discretion: true,
      documents: true, crimeReferralNeeded: false)
    switch story.path {
    case .collective:
      schedule.command(by: lead, at: next(1)) { runner in
        .enforcementCase(.setFlags(id(runner), CaseFlags(complex: true, note: "涉及多个违法行为，案情复杂")))
      }
      schedule.command(by: lead, at: C.at(notice.servedOn, 9, 5)) { runner in
        .enforcementCase(.givePriorNotice(id(runner), notice))
      }
      current = notice.servedOn
      schedule.command(by: reviewer, at: next(1)) { runner in
        .enforcementCase(.recordLegalReview(id(runner), checklist, .passed(opinion: "合法合规，同意")))
      }
      let heldOn = C.weekday(current.adding(days: 1))
      schedule.command(by: approver, at: next(1)) { runner in
        .enforcementCase(
          .recordCollectiveDiscussion(
            id(runner), heldOn: heldOn, minutes: "局案审会纪要〔\(year)〕", conclusion: "同意按拟处罚意见处罚"))
      }
      if end == .discussed { return }
    case .hearing:
      schedule.command(by: lead, at: C.at(notice.servedOn, 9, 5)) { runner in
        .enforcementCase(.givePriorNotice(id(runner), notice))
      }
      current = notice.servedOn
      if end == .notified { return }
      let requestedOn = C.weekday(current.adding(days: 2))
      schedule.command(by: lead, at: next(2)) { runner in
        .enforcementCase(.recordHearingRequest(id(runner), requestedOn: requestedOn))
      }
      let servedOn = C.weekday(current.adding(days: 1))
      let hearingOn = C.weekday(servedOn.adding(days: 14))
      schedule.command(by: lead, at: next(1)) { runner in
        .enforcementCase(
          .scheduleHearing(id(runner), hearingOn: hearingOn, noticeServedOn: servedOn))
      }
      if end == .hearing { return }
      current = hearingOn
      schedule.command(by: lead, at: C.at(hearingOn, 15)) { runner in
        .enforcementCase(
          .recordHearing(id(runner), heldOn: hearingOn, record: "听证笔录：当事人对事实无异议，请求从轻"))
      }
      schedule.command(by: reviewer, at: next(2)) { runner in
        .enforcementCase(.recordLegalReview(id(runner), checklist, .passed(opinion: "听证后法制审核通过")))
      }
      if end == .legalReviewed { return }
    case .plain:
      schedule.command(by: lead, at: C.at(notice.servedOn, 9, 5)) { runner in
        .enforcementCase(.givePriorNotice(id(runner), notice))
      }
      current = notice.servedOn
      if end == .notified { return }
    }
    let fine: Int
    if case .penalty(let fen) = story.outcome { fine = fen } else { fine = 50_000_000 }
    let terms = PenaltyTerms(
      fineFen: fine, otherMeasures: "责令改正违法行为", legalBasis: violation.2, discretion: "按自由裁量基准中档")
    let document = number("鞍环罚决", year)
    schedule.command(by: approver, at: next(2)) { runner in
      .enforcementCase(.decide(id(runner), .penalty(terms), documentNumber: document))
    }
    if case .detentionReferral(let variant) = story.outcome {
      let decidedOn = current
      let person = DemoNames.person(&random)
      schedule.create(.referral, into: referralSlot, by: lead, at: C.at(decidedOn, 15)) { runner in
        .referral(
          .draftReferral(
            ReferralDraft(
              caseID: id(runner),
              ground: .detention(
                .evasiveDischarge(variant == 0 ? .hiddenPipe : .falsifiedMonitoringData)),
              responsiblePersons: [person])))
      }
      scheduleReferral(
        kind: .detention, variant: variant, slot: referralSlot, lead: lead, approver: approver,
        clerk: clerk, next: next, current: { current })
    }
    if end == .decided { return }
    let servedOn = C.weekday(current.adding(days: 2))
    schedule.command(by: clerk, at: next(2)) { runner in
      .enforcementCase(.recordService(id(runner), servedOn: servedOn, way: .inPerson))
    }
    if end == .served { return }
    if end == .enforcement {
      if story.paid {
        let paidOn = C.weekday(current.adding(days: 10))
        schedule.command(by: clerk, at: next(10)) { runner in
          .enforcementCase(
            .recordPayment(id(runner), amountFen: fine / 2, paidOn: paidOn, receipt: "缴款书\(paidOn)")
          )
        }
      } else {
        let demandOn = C.weekday(current.adding(days: 20))
        let number = number("鞍环催", year)
        schedule.command(by: clerk, at: next(20)) { runner in
          .enforcementCase(
            .recordEnforcement(id(runner), .demand(documentNumber: number, on: demandOn)))
        }
      }
      return
    }
    let paidOn = C.weekday(current.adding(days: 9))
    schedule.command(by: clerk, at: next(9)) { runner in
      .enforcementCase(
        .recordPayment(id(runner), amountFen: fine, paidOn: paidOn, receipt: "缴款书\(paidOn)"))
    }
    closeAndArchive(end: end, approver: approver, clerk: clerk, next: next, id: id)
  }

  /// Closes (approver) and, for `archived`, archives (clerk) a case.
  mutating func closeAndArchive(
    end: CaseStage, approver: Actor, clerk: Actor, next: (Int) -> Timestamp,
    id: @escaping (DemoRunner) -> CaseID
  ) {
    guard end == .closed || end == .archived else { return }
    schedule.command(by: approver, at: next(3)) { runner in .enforcementCase(.closeCase(id(runner)))
    }
    guard end == .archived else { return }
    schedule.command(by: clerk, at: next(10)) { runner in .enforcementCase(.archiveCase(id(runner)))
    }
  }
}
