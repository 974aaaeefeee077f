/// What counts as "repeated exceedance" (多次超标) for the positive list's review queue.
///
/// The standard rule (design): at least 3 verified exceedance clues of one enterprise
/// received within any 30 consecutive days. It is data, so the bureau can change it.
public struct RepeatedExceedanceRule: Hashable, Sendable {
  public var minimumCount: Int
  public var windowDays: Int

  public init(minimumCount: Int, windowDays: Int) {
    self.minimumCount = minimumCount
    self.windowDays = windowDays
  }

  /// Three verified exceedances within 30 days.
  public static let standard = RepeatedExceedanceRule(minimumCount: 3, windowDays: 30)
}
