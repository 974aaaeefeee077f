/// A follow-up re-check after a no-penalty decision: whether the correction held.
public struct RecheckRecord: Hashable, Sendable {
  public var checkedOn: Day
  public var correctionHeld: Bool
  public var note: String
  public var stamp: ActionStamp

  public init(checkedOn: Day, correctionHeld: Bool, note: String, stamp: ActionStamp) {
    self.checkedOn = checkedOn
    self.correctionHeld = correctionHeld
    self.note = note
    self.stamp = stamp
  }
}
