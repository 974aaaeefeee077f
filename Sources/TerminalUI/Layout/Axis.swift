/// The direction in which an area is split.
///
/// `horizontal` puts the parts side by side (left to right); `vertical` stacks them from top
/// to bottom.
public enum Axis: Equatable, Sendable {
  case horizontal
  case vertical
}
