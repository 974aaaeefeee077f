import CaseDeskDomain

/// A row that import will not apply: its line, the field at fault and why.
public struct ImportRejection: Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line in the file where the row starts.
  public var line: Int
  /// The column's header as the file spells it (or the domain's field name).
  public var field: String
  public var reason: LocalizedText

  public init(line: Int, field: String, reason: LocalizedText) {
    self.line = line
    self.field = field
    self.reason = reason
  }

  /// `line N: field: reason` in English.
  public var description: String { "line \(line): \(field): \(reason.en)" }
}
