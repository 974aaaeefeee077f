import CaseDeskDomain

/// An enterprise of the demo as the generator knows it while scheduling its history.
struct DemoFirm {
  var id: EnterpriseID
  var name: String
  var shortName: String
  var district: String
  var industry: String
  var tier: Enterprise.Tier
  var inChannel: Bool
  var networked: Bool
  var commissioner: StaffID?
  /// On the positive list at some time (inspections and cases go elsewhere).
  var listed: Bool
}
