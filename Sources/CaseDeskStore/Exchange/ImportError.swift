import CaseDeskDomain

/// Why an import cannot go ahead at all (nothing is written).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: String, Sendable {
    /// The file cannot be read as CSV.
    case unreadable
    /// A required column (USCC or name) is missing.
    case missingColumn
    /// The operator may not register or edit enterprises.
    case notPermitted
    /// Rows were rejected and a partial import was not asked for.
    case rowsRejected
    /// The workspace changed since the plan was made.
    case stale
    /// The progress callback asked to stop.
    case cancelled
    /// Saving failed.
    case saveFailed
  }

  public var kind: Kind
  public var message: LocalizedText

  public init(_ kind: Kind, _ message: LocalizedText) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message.en }
}
