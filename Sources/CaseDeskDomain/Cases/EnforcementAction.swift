/// A step to enforce an unpaid fine: a written demand (催告) or an application to the court
/// (申请人民法院强制执行).
public enum EnforcementAction: Hashable, Sendable {
  case demand(documentNumber: String, on: Day)
  case courtApplication(court: String, on: Day)
}
