import CaseDeskDomain

/// One row of the enterprise register as the pane shows it: the domain record plus the
/// figures other records supply (the commissioner's name, the number of open cases).
public struct EnterpriseRow: Equatable, Sendable, Identifiable {
  public var enterprise: Enterprise
  /// The commissioner's display name, looked up in the staff list.
  public var commissionerName: String?
  /// Open enforcement cases of the enterprise.
  public var openCases: Int

  public init(enterprise: Enterprise, commissionerName: String?, openCases: Int) {
    self.enterprise = enterprise
    self.commissionerName = commissionerName
    self.openCases = openCases
  }

  public var id: EnterpriseID { enterprise.id }
  public var name: String { enterprise.name }
  public var shortName: String { enterprise.shortName }
  public var uscc: String { enterprise.uscc }
  public var district: String { enterprise.district }
  public var tier: Enterprise.Tier { enterprise.tier }
  public var ownership: String { enterprise.ownership }
  public var isKeyDischargeUnit: Bool { enterprise.isKeyDischargeUnit }
  public var positiveList: PositiveListStatus { enterprise.positiveList }
  /// The commissioner as shown: the name.
  public var commissioner: String? { commissionerName }
}
