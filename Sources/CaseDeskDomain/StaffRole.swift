/// A role a staff member holds; it decides what the member may do.
public enum StaffRole: String, Sendable, CaseIterable {
  case officer
  case legalReviewer
  case approver
  case commissioner
  case clerk
  case supervisor
  case viewer
}
