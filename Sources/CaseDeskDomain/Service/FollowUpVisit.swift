/// A follow-up visit with the enterprise's satisfaction.
public struct FollowUpVisit: Equatable, Sendable {
  public var id: FollowUpVisitID

  public init(id: FollowUpVisitID) { self.id = id }
}
