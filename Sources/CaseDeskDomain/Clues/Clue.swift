/// An off-site clue (monitoring, drone, complaint, hotline, QR report, other department) and
/// its triage.
///
/// A clue is open until it is dismissed or converted to an inspection or a case; while open,
/// the filing-decision clock runs (15 days from receipt, +15 with an approver's approval).
public struct Clue: Equatable, Sendable, Identifiable {
  /// Where the clue came from.
  public enum Source: String, Hashable, Sendable, CaseIterable {
    /// Pushed from automatic online monitoring (在线监测).
    case onlineMonitoring
    /// Found by a drone flight (无人机).
    case drone
    /// A complaint or report from the public (投诉举报).
    case complaint
    /// The supervision hotline (监督电话).
    case hotline
    /// A report through the enterprise's QR supervision code (码上监督).
    case qrSupervisionReport
    /// Passed on by another department (部门移交).
    case otherDepartment

    /// Whether the clue is a complaint by the public (complaint, hotline or QR report).
    public var isComplaint: Bool {
      self == .complaint || self == .hotline || self == .qrSupervisionReport
    }

    /// Whether the enterprise must be named at intake (monitoring data belong to a unit).
    public var requiresEnterprise: Bool { self == .onlineMonitoring }

    /// The source's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .onlineMonitoring: return LocalizedText(zh: "在线监测", en: "online monitoring")
      case .drone: return LocalizedText(zh: "无人机", en: "drone")
      case .complaint: return LocalizedText(zh: "投诉举报", en: "complaint")
      case .hotline: return LocalizedText(zh: "监督电话", en: "hotline")
      case .qrSupervisionReport: return LocalizedText(zh: "码上监督", en: "QR-supervision report")
      case .otherDepartment: return LocalizedText(zh: "部门移交", en: "other department")
      }
    }
  }

  /// The outcome of checking a clue's facts.
  public enum Verification: String, Hashable, Sendable, CaseIterable {
    case verified
    case notVerified
  }

  /// How an open clue was closed.
  public enum Disposition: String, Hashable, Sendable, CaseIterable {
    case dismissed
    case convertedToInspection
    case convertedToCase
  }

  public var id: ClueID
  public var source: Source
  /// The enterprise concerned; nil for an anonymous complaint that names none yet.
  public var enterprise: EnterpriseID?
  public var facts: String
  public var measurement: ClueMeasurement?
  /// When the clue reached the bureau (the filing-decision clock starts here).
  public var receivedAt: Timestamp
  public var received: ActionStamp
  public var verification: Verification?
  public var verified: ActionStamp?
  /// The approved extension of the filing decision, when granted.
  public var filingExtension: ClueFilingExtension?
  public var disposition: Disposition?
  public var disposed: ActionStamp?
  public var dismissalReason: String?
  public var inspection: InspectionID?
  public var caseID: CaseID?

  public init(
    id: ClueID, source: Source, enterprise: EnterpriseID?, facts: String,
    measurement: ClueMeasurement?, receivedAt: Timestamp, received: ActionStamp
  ) {
    self.id = id
    self.source = source
    self.enterprise = enterprise
    self.facts = facts
    self.measurement = measurement
    self.receivedAt = receivedAt
    self.received = received
    self.verification = nil
    self.verified = nil
    self.filingExtension = nil
    self.disposition = nil
    self.disposed = nil
    self.dismissalReason = nil
    self.inspection = nil
    self.caseID = nil
  }

  /// Whether the clue still waits for a triage decision.
  public var isOpen: Bool { disposition == nil }

  /// Whether a case may be opened on this clue now (open, or converted to an inspection).
  ///
  /// The cases area checks this before emitting `.clue(.convertedToCase(_:_:))`.
  public var canConvertToCase: Bool {
    disposition == nil || disposition == .convertedToInspection
  }

  /// Whether a verified measurement exceeds its limit.
  public var isVerifiedExceedance: Bool {
    verification == .verified && measurement?.isExceedance == true
  }
}
