/// An enterprise's entry on the positive list with its whole history.
///
/// The entry exists from the first admission (or proposal) on; an enterprise without one is
/// not listed. `Enterprise.positiveList` mirrors `status` (the positive list's events update
/// both).
public struct PositiveListEntry: Hashable, Sendable, Identifiable {
  public var id: EnterpriseID
  /// The standing now: `candidate` while an admission awaits approval.
  public var status: PositiveListStatus
  /// The day the entry last became listed (admitted, approved or restored).
  public var listedSince: Day?
  /// The next periodic review (动态调整); overdue when it has passed.
  public var nextReviewOn: Day?
  /// The admission awaiting an approver's decision (status `candidate`).
  public var pendingAdmission: PendingAdmission?
  /// Every step, oldest first.
  public var history: [Step]

  public init(
    id: EnterpriseID, status: PositiveListStatus = .notListed, listedSince: Day? = nil,
    nextReviewOn: Day? = nil, pendingAdmission: PendingAdmission? = nil, history: [Step] = []
  ) {
    self.id = id
    self.status = status
    self.listedSince = listedSince
    self.nextReviewOn = nextReviewOn
    self.pendingAdmission = pendingAdmission
    self.history = history
  }

  /// The standing on a day, from the history (`notListed` before the first step).
  public func status(on day: Day) -> PositiveListStatus {
    history.last { $0.day <= day }?.status ?? .notListed
  }

  /// The last admission's assessment (the criteria the entry was checked against).
  public var lastAssessment: Assessment? {
    history.last { $0.assessment != nil }?.assessment
  }

  /// Whether the periodic review has passed without being recorded on a day.
  public func isReviewOverdue(on day: Day) -> Bool {
    guard status == .listed || status == .suspended, let next = nextReviewOn else {
      return false
    }
    return next < day
  }
}

extension PositiveListEntry {
  /// An admission proposed and awaiting approval.
  public struct PendingAdmission: Hashable, Sendable {
    /// The assessment made when it was proposed.
    public var assessment: Assessment
    public var proposedBy: Actor
    public var proposedOn: Day
    /// The review day to set once listed.
    public var nextReviewOn: Day
    /// The standing to return to if the approver rejects it.
    public var previousStatus: PositiveListStatus

    public init(
      assessment: Assessment, proposedBy: Actor, proposedOn: Day, nextReviewOn: Day,
      previousStatus: PositiveListStatus
    ) {
      self.assessment = assessment
      self.proposedBy = proposedBy
      self.proposedOn = proposedOn
      self.nextReviewOn = nextReviewOn
      self.previousStatus = previousStatus
    }
  }

  /// One step of an entry's history.
  public struct Step: Hashable, Sendable {
    /// What happened.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      /// Proposed for admission, awaiting approval.
      case proposed
      /// Admitted by an approver's approval.
      case approved
      /// The proposal was rejected.
      case rejected
      /// Admitted directly (no approval needed).
      case admitted
      case suspended
      case restored
      case removed
      /// A periodic review confirmed the entry and set the next review.
      case reviewed
    }

    public var kind: Kind
    /// The standing the step led to.
    public var status: PositiveListStatus
    public var day: Day
    public var actor: Actor
    public var time: Timestamp
    /// The reason (suspension, removal).
    public var reason: Reason?
    /// Free text: a proposal's or approval's note, a rejection's or restoration's reason.
    public var note: String
    /// The criteria checked (proposal, admission, approval).
    public var assessment: Assessment?
    /// The review day set by the step.
    public var nextReviewOn: Day?

    public init(
      kind: Kind, status: PositiveListStatus, day: Day, actor: Actor, time: Timestamp,
      reason: Reason? = nil, note: String = "", assessment: Assessment? = nil,
      nextReviewOn: Day? = nil
    ) {
      self.kind = kind
      self.status = status
      self.day = day
      self.actor = actor
      self.time = time
      self.reason = reason
      self.note = note
      self.assessment = assessment
      self.nextReviewOn = nextReviewOn
    }
  }

  /// Why an entry was suspended or removed: one of the bureau's fixed reasons plus free text.
  public struct Reason: Hashable, Sendable {
    /// The fixed reasons.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      /// A violation (needs the case number).
      case violation
      /// A verified complaint.
      case verifiedComplaint
      /// Repeated exceedance of a discharge limit.
      case repeatedExceedance
      /// An environmental emergency.
      case environmentalEmergency
      /// The listing expired (a periodic review not passed).
      case expiry
      /// The enterprise asked.
      case request

      /// The reason's name in both languages.
      public var title: LocalizedText {
        switch self {
        case .violation: return LocalizedText(zh: "环境违法行为", en: "violation")
        case .verifiedComplaint: return LocalizedText(zh: "投诉经核实", en: "verified complaint")
        case .repeatedExceedance: return LocalizedText(zh: "多次超标", en: "repeated exceedance")
        case .environmentalEmergency:
          return LocalizedText(zh: "突发环境事件", en: "environmental emergency")
        case .expiry: return LocalizedText(zh: "期满未复核", en: "expiry")
        case .request: return LocalizedText(zh: "企业申请", en: "enterprise's request")
        }
      }
    }

    public var kind: Kind
    /// The case number, required for a violation.
    public var caseNumber: String?
    public var text: String

    public init(kind: Kind, caseNumber: String? = nil, text: String = "") {
      self.kind = kind
      self.caseNumber = caseNumber
      self.text = text
    }
  }
}
