/// The bureau's settings that rules depend on; changed only by recorded events.
public struct DomainSettings: Equatable, Sendable {
  /// The bureau's UTC offset in seconds (China Standard Time, +8:00, has no daylight saving).
  public var utcOffset: Int
  /// The case number's prefix, as in `鞍环罚〔2025〕12号`.
  public var caseNumberPrefix: String
  /// Whether a positive-list admission needs an approver's approval.
  public var positiveListAdmissionNeedsApproval: Bool
  /// The legal deadlines, as data the bureau can change when the law does.
  public var clocks: ClockTable

  public init(
    utcOffset: Int = 8 * 3600, caseNumberPrefix: String = "鞍环罚",
    positiveListAdmissionNeedsApproval: Bool = true, clocks: ClockTable = .standard
  ) {
    self.utcOffset = utcOffset
    self.caseNumberPrefix = caseNumberPrefix
    self.positiveListAdmissionNeedsApproval = positiveListAdmissionNeedsApproval
    self.clocks = clocks
  }
}
