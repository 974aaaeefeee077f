/// A health-check form (生态环境体检单) issued on site: problems to fix on the spot.
///
/// It is not a penalty. Each problem is verified later (fixed or not fixed, on a day, by an
/// officer); the form is pending until every problem has been verified.
public struct HealthCheckForm: Hashable, Sendable {
  public var problems: [HealthCheckProblem]
  public var issued: ActionStamp

  public init(problems: [HealthCheckProblem], issued: ActionStamp) {
    self.problems = problems
    self.issued = issued
  }

  /// Whether some problem has not been verified yet.
  public var isPending: Bool { problems.contains { $0.verification == nil } }
}
