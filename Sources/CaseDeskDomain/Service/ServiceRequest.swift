/// An enterprise's request on the green channel.
public struct ServiceRequest: Equatable, Sendable {
  public var id: ServiceRequestID

  public init(id: ServiceRequestID) { self.id = id }
}
