/// The facts recorded about green-channel requests, commissioners and follow-up visits.
public enum ServiceChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
