extension Enterprise {
  /// Automatic (online) monitoring of discharges.
  public enum Monitoring: String, Hashable, Sendable, CaseIterable {
    /// No automatic monitoring equipment.
    case notInstalled
    /// Installed but not connected to the bureau's platform.
    case installed
    /// Installed and networked: off-site checks are possible.
    case networked
  }

  /// Categories some provinces exclude from the positive list.
  public enum FacilityCategory: String, Hashable, Sendable, CaseIterable {
    /// Not an excluded kind of facility.
    case ordinary
    /// A centralised hazardous-waste disposal facility.
    case centralisedHazardousWaste
    /// A waste incineration plant.
    case incineration
    /// A (centralised) wastewater treatment plant.
    case wastewaterTreatment
  }

  /// The permit facts the positive-list criteria check, as the clerk keeps them.
  ///
  /// Each is nil while unknown; an unknown criterion needs the clerk's explicit confirmation at
  /// admission.
  public struct PermitFacts: Hashable, Sendable {
    /// The discharge permit and other permits are complete.
    public var permitsComplete: Bool?
    /// The pollution-control facilities are running normally.
    public var facilitiesRunning: Bool?
    /// Permit execution reports (执行报告) are filed.
    public var executionReportsFiled: Bool?
    /// Whether the facility is of an excluded kind.
    public var category: FacilityCategory?
    /// Days of environmental emergencies (突发环境事件), sorted.
    public var emergencies: [Day]

    public init(
      permitsComplete: Bool? = nil, facilitiesRunning: Bool? = nil,
      executionReportsFiled: Bool? = nil, category: FacilityCategory? = nil,
      emergencies: [Day] = []
    ) {
      self.permitsComplete = permitsComplete
      self.facilitiesRunning = facilitiesRunning
      self.executionReportsFiled = executionReportsFiled
      self.category = category
      self.emergencies = emergencies
    }
  }

  /// One period an enterprise had a commissioner.
  public struct CommissionerAssignment: Hashable, Sendable {
    public var commissioner: StaffID
    public var from: Day
    /// The last day, or nil while current.
    public var until: Day?
    public var assignedBy: Actor

    public init(commissioner: StaffID, from: Day, until: Day? = nil, assignedBy: Actor) {
      self.commissioner = commissioner
      self.from = from
      self.until = until
      self.assignedBy = assignedBy
    }
  }
}
