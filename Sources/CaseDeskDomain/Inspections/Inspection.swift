/// An inspection from plan to filing.
public struct Inspection: Equatable, Sendable {
  public var id: InspectionID

  public init(id: InspectionID) { self.id = id }
}
