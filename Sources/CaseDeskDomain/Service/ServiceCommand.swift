/// What a user asks of green-channel requests and follow-up visits.
///
/// Commissioner assignment to enterprises is `EnterpriseCommand.assignCommissioner`; the
/// QR-supervision code delivery is `EnterpriseCommand.deliverQRCode`.
public enum ServiceCommand: Equatable, Sendable {
  /// Registers a request received from an enterprise (clerk, commissioner).
  case registerRequest(ServiceRequestDraft)
  /// Gives a request to an active commissioner, or hands it to another (clerk, approver).
  case assignRequest(ServiceRequestID, to: StaffID)
  /// Records the answer given to the enterprise (the assigned commissioner).
  case answerRequest(ServiceRequestID, on: Day, answer: String)
  /// Closes an answered request (clerk, or the assigned commissioner).
  case closeRequest(ServiceRequestID, on: Day, note: String)
  /// Records a follow-up visit (commissioner) or a leader's contact (approver), by the visitor.
  case recordVisit(FollowUpVisitDraft)
  /// Records the satisfaction the enterprise gave afterwards (the visitor, or a clerk).
  case recordSatisfaction(FollowUpVisitID, FollowUpVisit.Satisfaction)
}

/// A green-channel request as the form fills it in.
public struct ServiceRequestDraft: Equatable, Sendable {
  public var enterprise: EnterpriseID
  public var receivedOn: Day
  public var subject: String
  public var details: String

  public init(enterprise: EnterpriseID, receivedOn: Day, subject: String, details: String = "") {
    self.enterprise = enterprise
    self.receivedOn = receivedOn
    self.subject = subject
    self.details = details
  }
}

/// A visit as the form fills it in.
public struct FollowUpVisitDraft: Equatable, Sendable {
  public var enterprise: EnterpriseID
  public var kind: FollowUpVisit.Kind
  public var visitedOn: Day
  /// The visitor; a staff member may record only their own visits.
  public var visitor: StaffID
  public var summary: String
  public var satisfaction: FollowUpVisit.Satisfaction?
  public var request: ServiceRequestID?

  public init(
    enterprise: EnterpriseID, kind: FollowUpVisit.Kind, visitedOn: Day, visitor: StaffID,
    summary: String, satisfaction: FollowUpVisit.Satisfaction? = nil,
    request: ServiceRequestID? = nil
  ) {
    self.enterprise = enterprise
    self.kind = kind
    self.visitedOn = visitedOn
    self.visitor = visitor
    self.summary = summary
    self.satisfaction = satisfaction
    self.request = request
  }
}
