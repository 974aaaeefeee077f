/// What a user asks of the bureau's settings.
public enum SettingsCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
