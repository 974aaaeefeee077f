/// A social supervisor (社会监督员) invited to an inspection, and whether they took part.
public struct SupervisorInvitation: Hashable, Sendable {
  public var supervisor: SupervisorID
  public var invited: ActionStamp
  /// Nil until recorded; then whether the supervisor took part.
  public var participated: Bool?
  /// The supervisor's opinion, when given.
  public var opinion: String?

  public init(
    supervisor: SupervisorID, invited: ActionStamp, participated: Bool? = nil,
    opinion: String? = nil
  ) {
    self.supervisor = supervisor
    self.invited = invited
    self.participated = participated
    self.opinion = opinion
  }
}
