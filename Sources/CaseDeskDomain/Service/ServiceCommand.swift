/// What a user asks of green-channel requests, commissioners and follow-up visits.
public enum ServiceCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
