/// What a key did to a form, so the caller knows whether to check or save it.
public enum FormKeyResult: Equatable, Sendable {
  /// The form did not use the key.
  case ignored
  /// The key moved the focus, opened or closed a pick list, or moved a cursor.
  case handled
  /// The key changed the value of the field with this id.
  case changed(String)
  /// The user asked to save (Ctrl-S).
  case save
  /// The user asked to cancel (Esc with no pick list open).
  case cancel
}
