/// Where text sits inside a wider space.
public enum Alignment: Equatable, Sendable {
  case left
  case right
  case center
}
