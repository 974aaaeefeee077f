/// The service of the decision: the day and the way.
public struct ServiceRecord: Hashable, Sendable {
  public var servedOn: Day
  public var way: ServiceWay
  public var stamp: ActionStamp

  public init(servedOn: Day, way: ServiceWay, stamp: ActionStamp) {
    self.servedOn = servedOn
    self.way = way
    self.stamp = stamp
  }
}
