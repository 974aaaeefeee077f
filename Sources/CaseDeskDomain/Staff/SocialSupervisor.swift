/// A social supervisor (社会监督员) invited to inspections and case reviews.
///
/// The register keeps who they are and their term; the inspections and cases they take part in
/// store the supervisor's id, and `StaffQueries.participationCounts` counts them.
public struct SocialSupervisor: Hashable, Sendable, Identifiable {
  public var id: SupervisorID
  public var name: String
  /// The organisation the supervisor comes from (a people's congress, a residents' committee).
  public var organisation: String
  /// The first day of the appointment.
  public var termFrom: Day
  /// The last day of the appointment.
  public var termTo: Day
  /// An inactive supervisor keeps their history but may not be invited any more.
  public var isActive: Bool
  /// Who appointed the supervisor, and when.
  public var appointedBy: Actor
  public var appointedAt: Timestamp

  public init(
    id: SupervisorID, name: String, organisation: String, termFrom: Day, termTo: Day,
    isActive: Bool = true, appointedBy: Actor, appointedAt: Timestamp
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.termFrom = termFrom
    self.termTo = termTo
    self.isActive = isActive
    self.appointedBy = appointedBy
    self.appointedAt = appointedAt
  }

  /// Whether the supervisor may be invited on a day: active and within the term.
  public func isServing(on day: Day) -> Bool {
    isActive && termFrom <= day && day <= termTo
  }
}
