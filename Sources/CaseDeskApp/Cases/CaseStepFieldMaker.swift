import CaseDeskDomain
import TerminalUI

/// Makes the step forms' fields: labelled from the strings table, required unless told.
struct CaseStepFieldMaker {
  let strings: Strings
  /// The operator's day, the default of day fields.
  let today: Day

  /// A line of text.
  func text(
    _ id: String, _ label: StringKey, value: String = "", required: Bool = true,
    hint: StringKey? = nil
  ) -> FormField {
    FormField(
      id: id, label: strings[label], kind: .text(TextFieldState(text: value)),
      isRequired: required, hint: hint.map { strings[$0] })
  }

  /// A day as YYYY-MM-DD, today unless another value is given.
  func day(_ id: String, _ label: StringKey, value: String? = nil) -> FormField {
    FormField(
      id: id, label: strings[label],
      kind: .text(TextFieldState(text: value ?? today.description)), isRequired: true,
      hint: strings[.caseStepDayHint])
  }

  /// A yes/no toggle, off as the form opens unless `on`; `label` replaces the key's text when
  /// given.
  func toggle(
    _ id: String, _ key: StringKey, label: String? = nil, hint: String? = nil, on: Bool = false
  ) -> FormField {
    FormField(id: id, label: label ?? strings[key], kind: .toggle(on), hint: hint)
  }

  /// A choice from a list (with free entry when `free`).
  func choice(
    _ id: String, _ label: StringKey, _ options: [String], _ value: String, free: Bool = false
  ) -> FormField {
    FormField(
      id: id, label: strings[label],
      kind: .choice(
        PickListState(
          options: options, value: value, allowsFreeEntry: free,
          placeholder: strings[.formFilterPlaceholder])),
      isRequired: true)
  }

  /// The pass / send back choice of a review.
  func outcome(_ id: String) -> FormField {
    let options = [strings[.caseStepPass], strings[.caseStepSendBack]]
    return choice(id, .caseStepFieldOutcome, options, options[0])
  }
}
