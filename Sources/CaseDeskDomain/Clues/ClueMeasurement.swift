/// A measured value against its limit, so that the exceedance ratio can be computed.
public struct ClueMeasurement: Hashable, Sendable {
  public var pollutant: String
  public var measured: Double
  /// The emission limit in the same unit, when known.
  public var limit: Double?
  /// The unit, such as `mg/m³` or `mg/L`.
  public var unit: String

  public init(pollutant: String, measured: Double, limit: Double?, unit: String) {
    self.pollutant = pollutant
    self.measured = measured
    self.limit = limit
    self.unit = unit
  }

  /// How many times the limit is exceeded (超标倍数): (measured − limit) / limit.
  ///
  /// Nil without a positive limit; zero or negative when within the limit.
  public var exceedanceRatio: Double? {
    guard let limit, limit > 0 else { return nil }
    return (measured - limit) / limit
  }

  /// Whether the measured value is above the limit.
  public var isExceedance: Bool {
    guard let limit else { return false }
    return measured > limit
  }
}
