/// A dated step of a rectification task (acceptance, re-check, send-back) with its note.
public struct RectificationStep: Hashable, Sendable {
  /// The day the step took place.
  public var on: Day
  /// The opinion or, for a send-back, the reasons.
  public var note: String
  public var stamp: ActionStamp

  public init(on: Day, note: String, stamp: ActionStamp) {
    self.on = on
    self.note = note
    self.stamp = stamp
  }
}
