/// A social supervisor (社会监督员) invited to inspections and case reviews.
public struct SocialSupervisor: Equatable, Sendable {
  public var id: SupervisorID

  public init(id: SupervisorID) { self.id = id }
}
