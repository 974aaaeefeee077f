import CaseDeskDomain

/// A referral's record as a timeline: drafting, approval, hand-over, the police's receipt,
/// material requests, the police decision, reconsideration, supervision and closing, each
/// with who and when, oldest first.
///
/// Documents are ticked without a stamp of their own; the detail lists them with their
/// numbers and the record's history (`h`) shows when each was ticked.
enum ReferralTimeline {
  /// Every recorded step of a referral, oldest first.
  static func entries(of referral: Referral, in domain: DomainState, strings: Strings)
    -> [CaseTimelineEntry]
  {
    var builder = CaseTimeline.Builder(domain: domain, strings: strings)
    let offset = domain.settings.utcOffset
    builder.add(
      strings.format(.referralTimelineDrafted, groundSummary(referral.ground, strings: strings)),
      referral.drafted)
    if let approval = referral.approval {
      builder.add(strings[.referralTimelineApproved], approval)
    }
    if let handOver = referral.handOver {
      var text = strings.format(
        .referralTimelineHandedOver, clockTime(handOver.handedOverAt, utcOffset: offset),
        handOver.policeUnit)
      if !handOver.procuratorateCopy.isEmpty {
        text += strings.format(.referralTimelineCopy, handOver.procuratorateCopy)
      }
      builder.add(text, handOver.stamp, day: handOver.handedOverAt.day(utcOffset: offset))
    }
    if let receipt = referral.receipt {
      builder.add(
        strings.format(
          .referralTimelineReceipt, receipt.receiptNumber,
          clockTime(receipt.receivedAt, utcOffset: offset)),
        receipt.stamp, day: receipt.receivedAt.day(utcOffset: offset))
    }
    for request in referral.materialRequests {
      builder.add(
        strings.format(.referralTimelineMaterialRequested, request.items), request.stamp,
        day: request.requestedAt.day(utcOffset: offset))
      if let supplied = request.supplied {
        builder.add(
          strings.format(.referralTimelineMaterialSupplied, request.supplyNote ?? ""), supplied)
      }
    }
    if let decided = referral.policeDecision {
      builder.add(
        decisionText(decided.decision, strings: strings), decided.stamp, day: decided.decidedOn,
        isSetback: decided.decision.isRefusal)
      if let received = decided.reasonsReceived {
        builder.add(strings[.referralTimelineReasonsReceived], received)
      }
    }
    if let reconsideration = referral.reconsideration {
      builder.add(
        strings.format(.referralTimelineReconsideration, reconsideration.grounds),
        reconsideration.requested)
      if let answer = reconsideration.answer, let answered = reconsideration.answered {
        switch answer {
        case .upheld(let reasons):
          builder.add(
            strings.format(.referralTimelineUpheld, reasons), answered, isSetback: true)
        case .reversed(let decision):
          builder.add(
            strings.format(.referralTimelineReversed, strings.localized(decision.title)),
            answered)
        }
      }
    }
    if let supervision = referral.supervision {
      builder.add(
        strings.format(.referralTimelineSupervision, referral.supervisionNote ?? ""), supervision)
    }
    if let closed = referral.closed {
      builder.add(strings.format(.referralTimelineClosed, referral.closingNote ?? ""), closed)
    }
    if let cancelled = referral.cancelled {
      builder.add(
        strings.format(.referralTimelineCancelled, referral.cancellationReason ?? ""), cancelled,
        isSetback: true)
    }
    return builder.sorted()
  }

  /// The police decision in words, with the reasons of a refusal when they came.
  static func decisionText(_ decision: PoliceDecision, strings: Strings) -> String {
    let title = strings.localized(decision.title)
    switch decision {
    case .notFiled(let reasons), .refused(let reasons):
      guard !reasons.isEmpty else {
        return strings.format(.referralTimelinePoliceDecisionNoReasons, title)
      }
      return strings.format(.referralTimelinePoliceDecisionReasons, title, reasons)
    case .filed, .detentionDecided:
      return strings.format(.referralTimelinePoliceDecision, title)
    }
  }

  /// The ground in a few words: the crime's description, or the article 63 situation.
  static func groundSummary(_ ground: ReferralGround, strings: Strings) -> String {
    switch ground {
    case .crime(let crime): return crime.description
    case .detention(let detention): return strings.localized(detention.title)
    }
  }

  /// The local time of day of a moment as `HH:mm` (hand-over and receipt run 24-hour clocks).
  static func clockTime(_ time: Timestamp, utcOffset: Int) -> String {
    let local = time.secondsSinceEpoch + Int64(utcOffset)
    let seconds = Int(((local % 86_400) + 86_400) % 86_400)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return two(seconds / 3600) + ":" + two(seconds / 60 % 60)
  }
}
