/// The verification of a health-check problem: fixed or not, on which day, by which officer.
public struct HealthCheckVerification: Hashable, Sendable {
  public var isFixed: Bool
  public var verifiedOn: Day
  public var officer: StaffID
  public var stamp: ActionStamp

  public init(isFixed: Bool, verifiedOn: Day, officer: StaffID, stamp: ActionStamp) {
    self.isFixed = isFixed
    self.verifiedOn = verifiedOn
    self.officer = officer
    self.stamp = stamp
  }
}
