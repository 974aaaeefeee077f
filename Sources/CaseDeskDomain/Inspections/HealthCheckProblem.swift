/// One problem on a health-check form and its later verification.
public struct HealthCheckProblem: Hashable, Sendable {
  public var description: String
  public var verification: HealthCheckVerification?

  public init(description: String, verification: HealthCheckVerification? = nil) {
    self.description = description
    self.verification = verification
  }
}
