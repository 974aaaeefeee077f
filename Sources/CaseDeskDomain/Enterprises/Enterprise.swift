/// An enterprise in the bureau's register (the fields the shell shows so far).
public struct Enterprise: Hashable, Sendable, Identifiable {
  /// Supervision tier: key enterprises get a service commissioner.
  public enum Tier: String, Sendable, CaseIterable {
    case key
    case general
  }

  public var id: EnterpriseID { EnterpriseID(uscc.text) }
  public var uscc: UnifiedSocialCreditCode
  public var name: String
  public var shortName: String
  public var district: String
  public var tier: Tier
  public var ownership: String
  public var isKeyDischargeUnit: Bool
  public var positiveList: PositiveListStatus
  public var commissioner: String?
  public var openCases: Int

  public init(
    uscc: UnifiedSocialCreditCode, name: String, shortName: String, district: String, tier: Tier,
    ownership: String, isKeyDischargeUnit: Bool, positiveList: PositiveListStatus,
    commissioner: String?, openCases: Int
  ) {
    self.uscc = uscc
    self.name = name
    self.shortName = shortName
    self.district = district
    self.tier = tier
    self.ownership = ownership
    self.isKeyDischargeUnit = isKeyDischargeUnit
    self.positiveList = positiveList
    self.commissioner = commissioner
    self.openCases = openCases
  }
}
