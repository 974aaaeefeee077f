/// The facts recorded about the bureau's settings.
public enum SettingsChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
