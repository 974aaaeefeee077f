/// What a user asks of the enterprise register.
public enum EnterpriseCommand: Equatable, Sendable {
  /// Registers a new enterprise (clerk).
  case register(EnterpriseDraft)
  /// Changes some fields; only the fields that differ are recorded (clerk).
  case edit(EnterpriseID, [Enterprise.Field])
  /// Makes an active commissioner the enterprise's service commissioner (clerk, approver).
  case assignCommissioner(EnterpriseID, StaffID)
  /// Ends the current commissioner's assignment (clerk, approver).
  case unassignCommissioner(EnterpriseID)
  /// Records the day the QR-supervision code was delivered (clerk, commissioner).
  case deliverQRCode(EnterpriseID, on: Day)
  /// Adds a tag (clerk).
  case addTag(EnterpriseID, String)
  /// Removes a tag (clerk).
  case removeTag(EnterpriseID, String)
}

/// A new enterprise as the registration form fills it in.
public struct EnterpriseDraft: Equatable, Sendable {
  public var uscc: String
  /// Required when, and only when, the code fails its check character.
  public var usccOverrideReason: String?
  public var name: String
  public var shortName: String
  public var district: String
  public var industry: String
  public var ownership: String
  public var tier: Enterprise.Tier
  public var isKeyDischargeUnit: Bool
  public var monitoring: Enterprise.Monitoring?
  public var address: String
  public var legalRepresentative: String
  public var contactPerson: String
  public var contactPhone: String
  public var tags: [String]
  public var notes: String
  public var permit: Enterprise.PermitFacts

  public init(
    uscc: String, usccOverrideReason: String? = nil, name: String, shortName: String = "",
    district: String, industry: String = "", ownership: String = "",
    tier: Enterprise.Tier = .general, isKeyDischargeUnit: Bool = false,
    monitoring: Enterprise.Monitoring? = nil, address: String = "",
    legalRepresentative: String = "", contactPerson: String = "", contactPhone: String = "",
    tags: [String] = [], notes: String = "", permit: Enterprise.PermitFacts = .init()
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
    self.tags = tags
    self.notes = notes
    self.permit = permit
  }
}
