extension EnforcementCase {
  /// Whether the case is archived (read-only).
  public var isArchived: Bool { stage == .archived }

  /// Whether a suspension is open (the decision clock is paused; nothing advances).
  public var isSuspended: Bool { pauses.contains { $0.kind == .suspension && $0.isOpen } }

  /// The open pause, if any.
  public var openPause: ClockPause? { pauses.last { $0.isOpen } }

  /// Whether a legal review must pass before deciding (major public interest, complex, or a
  /// hearing held; Administrative Penalty Law article 58).
  public var needsLegalReview: Bool {
    flags.majorPublicInterest || flags.complex || (hearing?.isHeld ?? false)
  }

  /// Whether a collective discussion must be minuted before deciding (complex or major cases,
  /// Administrative Penalty Law article 57).
  public var needsCollectiveDiscussion: Bool { flags.majorPublicInterest || flags.complex }

  /// The latest legal review of the current round.
  public var currentLegalReview: LegalReviewRecord? {
    legalReviews.last { $0.round == round }
  }

  /// Whether the current round's latest legal review passed.
  public var legalReviewPassed: Bool { currentLegalReview?.outcome.isPassed ?? false }

  /// Whether the current round has a collective discussion.
  public var discussedThisRound: Bool { discussions.contains { $0.round == round } }

  /// The prior notice of the current round.
  public var currentNotice: PriorNotice? {
    guard let record = priorNotice, record.round == round else { return nil }
    return record.notice
  }

  /// Whether the party waived the hearing in a statement after the current notice.
  public var hearingWaived: Bool {
    guard let notice = priorNotice, notice.round == round else { return false }
    return statements.contains { $0.waivesHearing && $0.stamp.time >= notice.stamp.time }
  }

  /// Whether the current round's latest legal review found a crime referral needed.
  public var crimeReferralFound: Bool {
    currentLegalReview?.checklist.crimeReferralNeeded ?? false
  }

  /// The fine in fen the decision imposes (0 without one).
  public var fineFen: Int { decision?.decision.fineFen ?? 0 }

  /// The sum of payments in fen.
  public var paidFen: Int { payments.reduce(0) { $0 + $1.amountFen } }

  /// The fine still unpaid, in fen.
  public var outstandingFineFen: Int { max(0, fineFen - paidFen) }

  /// Whether a court application was recorded.
  public var courtApplied: Bool {
    enforcement.contains {
      if case .courtApplication = $0.action { return true }
      return false
    }
  }

  /// The extension days granted so far.
  public var extensionDays: Int { extensions.reduce(0) { $0 + $1.days } }
}
