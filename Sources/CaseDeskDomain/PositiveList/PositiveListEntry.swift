/// An enterprise's entry on the positive list with its whole history.
public struct PositiveListEntry: Equatable, Sendable {
  public var id: EnterpriseID

  public init(id: EnterpriseID) { self.id = id }
}
