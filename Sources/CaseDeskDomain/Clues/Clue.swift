/// An off-site clue (monitoring, drone, complaint, hotline, QR report, other department).
public struct Clue: Equatable, Sendable {
  public var id: ClueID

  public init(id: ClueID) { self.id = id }
}
