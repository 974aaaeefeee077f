/// The facts recorded about the enterprise register.
public enum EnterpriseChange: Equatable, Sendable {
  /// An enterprise was registered, as given.
  case registered(Enterprise)
  /// Fields changed: the new values, and the values they replaced (same order).
  case edited(EnterpriseID, [Enterprise.Field], previous: [Enterprise.Field])
  /// A commissioner was assigned from a day, replacing `previous` if there was one.
  case commissionerAssigned(EnterpriseID, StaffID, on: Day, previous: StaffID?)
  /// The commissioner's assignment ended on a day.
  case commissionerUnassigned(EnterpriseID, StaffID, on: Day)
  /// The QR-supervision code was delivered on a day.
  case qrCodeDelivered(EnterpriseID, on: Day)
  /// A tag was added.
  case tagAdded(EnterpriseID, String)
  /// A tag was removed.
  case tagRemoved(EnterpriseID, String)
}
