import CaseDeskDomain

/// How a penalty case of the demo goes: where it stops, what it decides, and its extras.
struct DemoCaseStory {
  /// What the case decides, if it gets that far.
  enum Outcome {
    case penalty(fineFen: Int)
    case noPenalty(listItem: String)
    case crimeReferral(variant: Int)
    case detentionReferral(variant: Int)
    case notEstablished
  }

  /// The path before the decision.
  enum Path {
    case plain
    case hearing
    case collective
  }

  var firm: DemoFirm
  /// The day the case is opened.
  var start: Day
  /// The stage the story stops at (`archived` walks every step).
  var end: CaseStage
  var outcome: Outcome
  var path: Path = .plain
  /// A social supervisor's slot, invited to the case review.
  var supervisorSlot: Int?
  /// Paid in full (else the fine stays unpaid, or is demanded for `enforcement`).
  var paid = true
  /// A clue's slot the case is opened from.
  var clueSlot: Int?
}
