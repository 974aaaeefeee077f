/// An enterprise's entry on the positive list with its whole history.
public struct PositiveListEntry: Equatable, Sendable {
  public var id: EnterpriseID
  /// The entry's standing now.
  public var status: PositiveListStatus

  public init(id: EnterpriseID, status: PositiveListStatus = .notListed) {
    self.id = id
    self.status = status
  }
}
