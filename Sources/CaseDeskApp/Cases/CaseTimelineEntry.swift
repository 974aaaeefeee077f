import CaseDeskDomain

/// One step of a case's timeline: the day, who acted (when the record says), and what.
public struct CaseTimelineEntry: Equatable, Sendable {
  /// The day the step happened (the record's own day, else the local day of its stamp).
  public var day: Day
  /// The stamp's moment, when the step has one (orders steps of the same day).
  public var time: Timestamp?
  /// Who acted, when the record keeps it.
  public var actor: Actor?
  /// What happened, in the user's language.
  public var text: String
  /// Whether the step sent the case back or records a failure (drawn as a warning).
  public var isSetback: Bool

  public init(
    day: Day, time: Timestamp? = nil, actor: Actor? = nil, text: String, isSetback: Bool = false
  ) {
    self.day = day
    self.time = time
    self.actor = actor
    self.text = text
    self.isSetback = isSetback
  }
}
