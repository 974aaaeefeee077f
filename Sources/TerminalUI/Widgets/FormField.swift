/// One labelled field of a form: a line of text, a choice from a pick list, or a yes/no toggle.
///
/// Labels, errors and hints are already localized. A field that is not editable is shown
/// dimmed and skipped by the focus.
public struct FormField: Equatable, Sendable {
  /// What kind of value the field holds, with its editing state.
  public enum Kind: Equatable, Sendable {
    case text(TextFieldState)
    case choice(PickListState)
    case toggle(Bool)
  }

  /// A stable name the caller uses to find the field (not shown).
  public var id: String
  public var label: String
  public var kind: Kind
  /// Whether the label carries the required mark.
  public var isRequired: Bool
  public var isEditable: Bool
  /// What is wrong with the value, shown under the field in the error role.
  public var error: String?
  /// A hint shown under the field when there is no error.
  public var hint: String?

  /// Creates a field.
  public init(
    id: String, label: String, kind: Kind, isRequired: Bool = false, isEditable: Bool = true,
    error: String? = nil, hint: String? = nil
  ) {
    self.id = id
    self.label = label
    self.kind = kind
    self.isRequired = isRequired
    self.isEditable = isEditable
    self.error = error
    self.hint = hint
  }

  /// The value as text: the typed text, the chosen option, or `"true"`/`"false"`.
  public var value: String {
    switch kind {
    case .text(let state): return state.text
    case .choice(let list): return list.value
    case .toggle(let isOn): return isOn ? "true" : "false"
    }
  }

  /// The toggle's value, or nil for other kinds.
  public var isOn: Bool? {
    if case .toggle(let isOn) = kind { return isOn }
    return nil
  }

  /// The line shown under the field (the error, else the hint), if any.
  public var note: String? { error ?? hint }

  /// The rows the field takes in the form: its line, plus one for an error or hint.
  public var rowCount: Int { note == nil ? 1 : 2 }
}
