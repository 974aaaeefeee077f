/// The facts recorded about the positive list (监督执法正面清单).
public enum PositiveListChange: Equatable, Sendable {
  /// An admission was proposed for approval (status candidate).
  case admissionProposed(
    EnterpriseID, PositiveListEntry.Assessment, on: Day, nextReviewOn: Day, note: String)
  /// An enterprise was admitted directly (status listed).
  case admitted(
    EnterpriseID, PositiveListEntry.Assessment, on: Day, nextReviewOn: Day, note: String)
  /// A proposed admission was approved after re-checking (status listed).
  case admissionApproved(EnterpriseID, PositiveListEntry.Assessment, on: Day, note: String)
  /// A proposed admission was rejected (back to the previous status).
  case admissionRejected(EnterpriseID, on: Day, reason: String)
  /// A listed entry was suspended.
  case suspended(EnterpriseID, PositiveListEntry.Reason, on: Day)
  /// A suspended entry was restored.
  case restored(EnterpriseID, on: Day, note: String, nextReviewOn: Day?)
  /// An entry was removed.
  case removed(EnterpriseID, PositiveListEntry.Reason, on: Day)
  /// A periodic review was recorded.
  case reviewed(EnterpriseID, on: Day, nextReviewOn: Day, note: String)
}
