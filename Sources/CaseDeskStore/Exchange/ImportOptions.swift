/// How an enterprise import treats existing enterprises and rejected rows.
public struct ImportOptions: Equatable, Sendable {
  /// Updates enterprises already registered (same USCC); without it such rows are rejected.
  public var update: Bool
  /// Applies the valid rows even when some are rejected; without it nothing is written then.
  public var partial: Bool

  public init(update: Bool = false, partial: Bool = false) {
    self.update = update
    self.partial = partial
  }
}
