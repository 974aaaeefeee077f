import CaseDeskDomain

/// One row of the case review pane: a case and what the pane shows about it (the
/// enterprise's name, the officers' names, who acts next, and the clock that governs it).
public struct CaseRow: Equatable, Sendable, Identifiable {
  public var record: EnforcementCase
  public var enterpriseName: String
  public var officerNames: [String]
  /// The most urgent open deadline of the case (the governing clock), if any.
  public var clock: DeadlineItem?
  /// Whether the case waits on the operator's roles ("my queue").
  public var isMine: Bool
  /// The numbers of the enterprise's other open cases, oldest first.
  public var otherOpenCases: [String]

  public init(
    record: EnforcementCase, enterpriseName: String, officerNames: [String],
    clock: DeadlineItem?, isMine: Bool, otherOpenCases: [String] = []
  ) {
    self.record = record
    self.enterpriseName = enterpriseName
    self.officerNames = officerNames
    self.clock = clock
    self.isMine = isMine
    self.otherOpenCases = otherOpenCases
  }

  public var id: CaseID { record.id }
  /// The case number, or the record id before filing.
  public var number: String { record.number?.description ?? record.id.raw }
  public var isOverdue: Bool { clock?.status.isOverdue ?? false }
  public var isDueSoon: Bool { clock?.status.isDueSoon ?? false }
}
