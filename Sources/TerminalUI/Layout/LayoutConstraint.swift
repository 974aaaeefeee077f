/// How much of a split's length one part takes.
///
/// `Layout.split` hands out lengths first, then percentages of the whole length, and shares
/// what remains among the `fill` parts by weight.
public enum LayoutConstraint: Equatable, Sendable {
  /// Exactly this many cells (less when the area is too small).
  case length(Int)
  /// This percentage (0–100) of the area's length, rounded down.
  case percentage(Int)
  /// A share of what remains after lengths and percentages, proportional to the weight.
  case fill(Int)
}
