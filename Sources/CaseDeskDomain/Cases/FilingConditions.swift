/// The four conditions of filing (立案条件, MEE Order 30 article 27), each confirmed by the approver.
public struct FilingConditions: Hashable, Sendable {
  /// There is evidence of a suspected violation.
  public var suspectedViolation: Bool
  /// The law provides a penalty for it.
  public var penaltyPossible: Bool
  /// The bureau has jurisdiction.
  public var withinJurisdiction: Bool
  /// The conduct is not time-barred (2 years from the conduct, Administrative Penalty Law article 36).
  public var notTimeBarred: Bool
  /// The approver's filing opinion.
  public var opinion: String

  public init(
    suspectedViolation: Bool, penaltyPossible: Bool, withinJurisdiction: Bool,
    notTimeBarred: Bool, opinion: String
  ) {
    self.suspectedViolation = suspectedViolation
    self.penaltyPossible = penaltyPossible
    self.withinJurisdiction = withinJurisdiction
    self.notTimeBarred = notTimeBarred
    self.opinion = opinion
  }

  /// The last day on which conduct of `conductOn` may still be filed (2 years; 29 February
  /// falls back to 28 February).
  public static func lastFilingDay(conductOn: Day) -> Day {
    let year = conductOn.year + 2
    let day = min(conductOn.day, Day.daysInMonth(year: year, month: conductOn.month))
    return Day(year: year, month: conductOn.month, day: day) ?? conductOn.adding(days: 730)
  }
}
