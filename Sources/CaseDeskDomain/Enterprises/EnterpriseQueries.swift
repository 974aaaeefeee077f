/// Queries on the enterprise register and commissioners.
public enum EnterpriseQueries {
  /// A commissioner's load: the enterprises they serve and their open requests.
  public struct CommissionerLoad: Hashable, Sendable {
    public var commissioner: StaffID
    public var enterprises: Int
    public var keyEnterprises: Int
    public var openRequests: Int

    public init(commissioner: StaffID, enterprises: Int, keyEnterprises: Int, openRequests: Int) {
      self.commissioner = commissioner
      self.enterprises = enterprises
      self.keyEnterprises = keyEnterprises
      self.openRequests = openRequests
    }
  }

  /// The enterprises a commissioner serves, sorted by id.
  public static func enterprises(of commissioner: StaffID, in state: DomainState) -> [EnterpriseID]
  {
    state.enterprises.values.filter { $0.commissioner == commissioner }.map(\.id).sorted()
  }

  /// Every active commissioner's load (zero included), plus any inactive one still assigned,
  /// sorted by id.
  public static func commissionerLoad(in state: DomainState) -> [CommissionerLoad] {
    var loads: [StaffID: CommissionerLoad] = [:]
    for member in StaffQueries.activeMembers(with: .commissioner, in: state) {
      loads[member.id] = CommissionerLoad(
        commissioner: member.id, enterprises: 0, keyEnterprises: 0, openRequests: 0)
    }
    for enterprise in state.enterprises.values {
      guard let id = enterprise.commissioner else { continue }
      loads[
        id,
        default: CommissionerLoad(
          commissioner: id, enterprises: 0, keyEnterprises: 0, openRequests: 0)
      ].enterprises += 1
      if enterprise.tier == .key { loads[id]?.keyEnterprises += 1 }
    }
    for request in state.serviceRequests.values where request.isOpen {
      guard let id = request.commissioner else { continue }
      loads[
        id,
        default: CommissionerLoad(
          commissioner: id, enterprises: 0, keyEnterprises: 0, openRequests: 0)
      ].openRequests += 1
    }
    return loads.values.sorted { $0.commissioner < $1.commissioner }
  }

  /// Enterprises on the positive list (listed or suspended) without a commissioner, sorted by
  /// id; Liaoning requires a service commissioner for each listed enterprise.
  public static func listedWithoutCommissioner(in state: DomainState) -> [EnterpriseID] {
    state.enterprises.values.filter {
      ($0.positiveList == .listed || $0.positiveList == .suspended) && $0.commissioner == nil
    }.map(\.id).sorted()
  }

  /// Key enterprises without a commissioner, sorted by id.
  public static func keyEnterprisesWithoutCommissioner(in state: DomainState) -> [EnterpriseID] {
    state.enterprises.values.filter { $0.tier == .key && $0.commissioner == nil }.map(\.id)
      .sorted()
  }

  /// How many enterprises had their QR-supervision code delivered by a day.
  public static func qrCodesDelivered(by day: Day, in state: DomainState) -> Int {
    state.enterprises.values.filter { ($0.qrCodeDeliveredOn.map { $0 <= day }) ?? false }.count
  }
}
