import CaseDeskDomain

/// A command of the demo's history that the domain refused (a bug in the generator).
public struct DemoBuildError: Error, CustomStringConvertible, Sendable {
  /// The command that was refused.
  public var command: String
  /// When it was to happen.
  public var time: Timestamp
  /// The domain's refusal.
  public var refusal: Refusal

  /// An error for a refused command.
  public init(command: String, time: Timestamp, refusal: Refusal) {
    self.command = command
    self.time = time
    self.refusal = refusal
  }

  /// The refusal with the command and time.
  public var description: String { "\(time): \(refusal) — \(command)" }
}
