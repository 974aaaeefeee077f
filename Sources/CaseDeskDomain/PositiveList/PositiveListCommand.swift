/// What a user asks of the positive list (监督执法正面清单).
public enum PositiveListCommand: Equatable, Sendable {
  /// Admits an enterprise (clerk): listed at once, or proposed for approval when the bureau's
  /// settings ask for it.
  case admit(AdmissionRequest)
  /// Admits several enterprises at once (clerk), all or nothing; check them first with
  /// `PositiveListQueries.precheck`.
  case admitSeveral([AdmissionRequest])
  /// Approves a proposed admission (approver, not the proposer).
  case approveAdmission(EnterpriseID, note: String)
  /// Rejects a proposed admission with a reason (approver).
  case rejectAdmission(EnterpriseID, reason: String)
  /// Suspends a listed entry (clerk, approver).
  case suspend(EnterpriseID, PositiveListEntry.Reason)
  /// Restores a suspended entry, saying why (clerk, approver).
  case restore(EnterpriseID, note: String, nextReviewOn: Day?)
  /// Removes a listed or suspended entry; the reason's text is required (clerk, approver).
  case remove(EnterpriseID, PositiveListEntry.Reason)
  /// Records a periodic review and sets the next one (clerk).
  case recordReview(EnterpriseID, nextReviewOn: Day, note: String)
}

/// One enterprise's admission as the clerk asks for it.
public struct AdmissionRequest: Equatable, Sendable {
  public var enterprise: EnterpriseID
  /// What a search of cases and referrals found (supplied by the caller's query).
  public var facts: PositiveListEntry.EnforcementFacts
  /// The clerk confirms admission although some criteria are unknown.
  public var confirmUnknowns: Bool
  /// The first periodic review; one year after admission when nil.
  public var nextReviewOn: Day?
  public var note: String

  public init(
    enterprise: EnterpriseID, facts: PositiveListEntry.EnforcementFacts,
    confirmUnknowns: Bool = false, nextReviewOn: Day? = nil, note: String = ""
  ) {
    self.enterprise = enterprise
    self.facts = facts
    self.confirmUnknowns = confirmUnknowns
    self.nextReviewOn = nextReviewOn
    self.note = note
  }
}
