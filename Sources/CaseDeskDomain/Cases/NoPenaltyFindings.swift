/// What a no-penalty (minor) decision records (design, after the four lists): the list item,
/// each criterion met, the correction order and the day corrected, and a re-check day.
public struct NoPenaltyFindings: Hashable, Sendable {
  public var listItem: String
  public var firstOffence: Bool
  public var minor: Bool
  public var correctedInTime: Bool
  public var noHarmfulConsequence: Bool
  public var notInSensitiveArea: Bool
  /// The correction order's document number (责令改正决定书).
  public var correctionOrder: String
  /// The deadline the correction order set.
  public var correctionDeadline: Day
  /// The day the party corrected.
  public var correctedOn: Day?
  /// The day of the follow-up re-check.
  public var recheckOn: Day?

  public init(
    listItem: String, firstOffence: Bool, minor: Bool, correctedInTime: Bool,
    noHarmfulConsequence: Bool, notInSensitiveArea: Bool, correctionOrder: String,
    correctionDeadline: Day, correctedOn: Day?, recheckOn: Day?
  ) {
    self.listItem = listItem
    self.firstOffence = firstOffence
    self.minor = minor
    self.correctedInTime = correctedInTime
    self.noHarmfulConsequence = noHarmfulConsequence
    self.notInSensitiveArea = notInSensitiveArea
    self.correctionOrder = correctionOrder
    self.correctionDeadline = correctionDeadline
    self.correctedOn = correctedOn
    self.recheckOn = recheckOn
  }

  /// Whether a criterion is recorded as met.
  public func meets(_ criterion: LeniencyCriterion) -> Bool {
    switch criterion {
    case .firstOffence: return firstOffence
    case .minor: return minor
    case .correctedInTime: return correctedInTime
    case .noHarmfulConsequence: return noHarmfulConsequence
    case .notInSensitiveArea: return notInSensitiveArea
    }
  }
}
