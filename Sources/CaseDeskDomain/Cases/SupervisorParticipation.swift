/// A social supervisor invited to a case review, and the opinion they gave.
public struct SupervisorParticipation: Hashable, Sendable {
  public var supervisor: SupervisorID
  public var invited: ActionStamp
  public var opinion: String?
  public var opinionStamp: ActionStamp?

  public init(
    supervisor: SupervisorID, invited: ActionStamp, opinion: String? = nil,
    opinionStamp: ActionStamp? = nil
  ) {
    self.supervisor = supervisor
    self.invited = invited
    self.opinion = opinion
    self.opinionStamp = opinionStamp
  }
}
