/// How wide a table column is.
public enum ColumnWidth: Equatable, Sendable {
  /// Exactly this many columns (less only when the table is too narrow).
  case fixed(Int)
  /// At least `min` columns, plus a share of the spare width proportional to `weight`.
  case flexible(min: Int, weight: Int)
}
