/// A social supervisor invited to a case review, and the opinion they gave.
public struct SupervisorParticipation: Hashable, Sendable {
  public var supervisor: SupervisorID
  public var invited: StepStamp
  public var opinion: String?
  public var opinionStamp: StepStamp?

  public init(
    supervisor: SupervisorID, invited: StepStamp, opinion: String? = nil,
    opinionStamp: StepStamp? = nil
  ) {
    self.supervisor = supervisor
    self.invited = invited
    self.opinion = opinion
    self.opinionStamp = opinionStamp
  }
}
