/// A central-inspection rectification task (区验收, 市复核).
public struct RectificationTask: Equatable, Sendable {
  public var id: RectificationTaskID

  public init(id: RectificationTaskID) { self.id = id }
}
