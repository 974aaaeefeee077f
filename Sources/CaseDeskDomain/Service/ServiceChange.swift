/// The facts recorded about green-channel requests and follow-up visits.
public enum ServiceChange: Equatable, Sendable {
  /// A request was registered (status received).
  case requestRegistered(ServiceRequest)
  /// A request was given to a commissioner on a day, replacing `previous` if any.
  case requestAssigned(ServiceRequestID, StaffID, on: Day, previous: StaffID?)
  /// A request was answered on a day.
  case requestAnswered(ServiceRequestID, on: Day, answer: String)
  /// A request was closed on a day.
  case requestClosed(ServiceRequestID, on: Day, note: String)
  /// A visit was recorded.
  case visitRecorded(FollowUpVisit)
  /// The enterprise's satisfaction with a visit was recorded.
  case satisfactionRecorded(FollowUpVisitID, FollowUpVisit.Satisfaction)
}
