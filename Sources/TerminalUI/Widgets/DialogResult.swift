/// How a dialog was closed: a button chosen (by index) or cancelled with Esc.
public enum DialogResult: Equatable, Sendable {
  case chose(Int)
  case cancelled
}
