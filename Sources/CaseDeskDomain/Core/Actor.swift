/// Who makes a change: a staff member, or the system itself.
///
/// `system` is used only to create a workspace and to build the demo; it is never offered to
/// a person, and every change it makes is stamped as such in the history.
public enum Actor: Hashable, Sendable, CustomStringConvertible {
  case staff(StaffID)
  case system

  public var description: String {
    switch self {
    case .staff(let id): return id.raw
    case .system: return "system"
    }
  }
}
