/// An enterprise in the bureau's register, with the facts the positive list is checked against.
///
/// The id is the unified social credit code as registered (upper-case). A code that fails its
/// check character is kept only with `usccOverrideReason`.
public struct Enterprise: Hashable, Sendable, Identifiable {
  /// Supervision tier: key enterprises get a service commissioner.
  public enum Tier: String, Sendable, CaseIterable {
    case key
    case general
  }

  public var id: EnterpriseID { EnterpriseID(uscc) }
  /// The unified social credit code, upper-case.
  public var uscc: String
  /// Why a code that fails its check character was accepted; nil for a valid code.
  public var usccOverrideReason: String?
  public var name: String
  public var shortName: String
  public var district: String
  public var industry: String
  public var ownership: String
  public var tier: Tier
  /// 重点排污单位.
  public var isKeyDischargeUnit: Bool
  /// Automatic monitoring, as far as the register knows (nil: unknown).
  public var monitoring: Monitoring?
  public var address: String
  public var legalRepresentative: String
  public var contactPerson: String
  public var contactPhone: String
  /// The service commissioner (an active staff member with the commissioner role).
  public var commissioner: StaffID?
  /// Every commissioner assignment, oldest first (the current one has no end).
  public var commissionerHistory: [CommissionerAssignment]
  /// The day the QR-supervision code (码上监督) was delivered.
  public var qrCodeDeliveredOn: Day?
  /// Free tags, sorted, without duplicates.
  public var tags: [String]
  public var notes: String
  /// Permit facts the clerk keeps; nil where not known yet.
  public var permit: PermitFacts
  /// The standing on the positive list, kept in step with its entry by the positive list's
  /// events (`notListed` when there is no entry).
  public var positiveList: PositiveListStatus
  /// Who registered the enterprise, and when.
  public var registeredBy: Actor
  public var registeredAt: Timestamp

  public init(
    uscc: String, usccOverrideReason: String? = nil, name: String, shortName: String = "",
    district: String, industry: String = "", ownership: String = "", tier: Tier = .general,
    isKeyDischargeUnit: Bool = false, monitoring: Monitoring? = nil, address: String = "",
    legalRepresentative: String = "", contactPerson: String = "", contactPhone: String = "",
    commissioner: StaffID? = nil, commissionerHistory: [CommissionerAssignment] = [],
    qrCodeDeliveredOn: Day? = nil, tags: [String] = [], notes: String = "",
    permit: PermitFacts = PermitFacts(), positiveList: PositiveListStatus = .notListed,
    registeredBy: Actor = .system, registeredAt: Timestamp = Timestamp(secondsSinceEpoch: 0)
  ) {
    self.uscc = uscc
    self.usccOverrideReason = usccOverrideReason
    self.name = name
    self.shortName = shortName
    self.district = district
    self.industry = industry
    self.ownership = ownership
    self.tier = tier
    self.isKeyDischargeUnit = isKeyDischargeUnit
    self.monitoring = monitoring
    self.address = address
    self.legalRepresentative = legalRepresentative
    self.contactPerson = contactPerson
    self.contactPhone = contactPhone
    self.commissioner = commissioner
    self.commissionerHistory = commissionerHistory
    self.qrCodeDeliveredOn = qrCodeDeliveredOn
    self.tags = tags
    self.notes = notes
    self.permit = permit
    self.positiveList = positiveList
    self.registeredBy = registeredBy
    self.registeredAt = registeredAt
  }
}
