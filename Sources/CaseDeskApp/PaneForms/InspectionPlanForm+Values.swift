import CaseDeskDomain
import TerminalUI

extension InspectionPlanForm {
  /// The plan the form's values make, or the problems found before the domain is asked.
  static func planValues(
    of form: PaneForm, in state: AppState
  ) -> (plan: InspectionPlan?, problems: [String: String]) {
    let strings = state.strings
    var problems: [String: String] = [:]
    let dayText = trimmed(form.value(Field.plannedOn.rawValue))
    let day = Day(dayText)
    if day == nil { problems[Field.plannedOn.rawValue] = strings[.planDayInvalid] }
    let reference = trimmed(form.value(Field.reference.rawValue))
    var reason: Inspection.Reason?
    switch reasonChoice(of: form) {
    case .none:
      reason = nil
    case .clue:
      let token = firstToken(reference)
      if token.isEmpty {
        problems[Field.reference.rawValue] = strings[.planClueMissing]
      } else {
        reason = .clue(ClueID(token))
      }
    case .complaint:
      reason = .complaint(reference)
    case .randomSampling:
      reason = .randomSampling(reference)
    }
    guard problems.isEmpty, let day else { return (nil, problems) }
    let officers = officerTexts(of: form).compactMap { staffID(from: $0.text, in: state) }
    let plan = InspectionPlan(
      enterprise: form.purpose.enterprise, kind: kind(of: form), mode: mode(of: form),
      plannedOn: day, officers: officers, reason: reason)
    return (plan, [:])
  }

  /// The kind chosen (routine when the list holds no known value).
  static func kind(of form: PaneForm) -> Inspection.Kind {
    let index = choiceIndex(.kind, in: form) ?? 0
    let kinds = Inspection.Kind.allCases
    return kinds.indices.contains(index) ? kinds[index] : .routine
  }

  /// The mode chosen (on site when the list holds no known value).
  static func mode(of form: PaneForm) -> Inspection.Mode {
    let index = choiceIndex(.mode, in: form) ?? 0
    let modes = Inspection.Mode.allCases
    return modes.indices.contains(index) ? modes[index] : .onSite
  }

  /// The kind of reason chosen.
  static func reasonChoice(of form: PaneForm) -> ReasonChoice {
    choiceIndex(.reason, in: form).flatMap(ReasonChoice.init(rawValue:)) ?? .none
  }

  /// The position of a choice field's value among its options.
  static func choiceIndex(_ id: Field, in form: PaneForm) -> Int? {
    form.choiceIndex(id.rawValue)
  }

  /// Each officer named, with the field it was named in, in order: the two officer fields,
  /// then the ids in the last one (separated by commas or spaces).
  static func officerTexts(of form: PaneForm) -> [(field: Field, text: String)] {
    var texts: [(field: Field, text: String)] = []
    for field in [Field.officer1, .officer2] {
      let text = trimmed(form.value(field.rawValue))
      if !text.isEmpty { texts.append((field, text)) }
    }
    let separators: Set<Character> = [",", "，", "、", ";", "；"]
    let more = form.value(Field.moreOfficers.rawValue)
      .split { $0.isWhitespace || separators.contains($0) }
    texts += more.map { (Field.moreOfficers, String($0)) }
    return texts
  }

  /// The staff id an officer entry names: an option ("id name"), an id, or a full name.
  static func staffID(from text: String, in state: AppState) -> StaffID? {
    let text = trimmed(text)
    guard !text.isEmpty else { return nil }
    let token = StaffID(firstToken(text))
    if state.domain.staff[token] != nil { return token }
    let named = state.domain.staff.values.filter { $0.name == text }.min { $0.id < $1.id }
    if let named { return named.id }
    return token
  }

  /// The text up to its first space.
  static func firstToken(_ text: String) -> String {
    String(text.split(whereSeparator: \.isWhitespace).first ?? "")
  }

  /// The text without leading or trailing white space.
  static func trimmed(_ text: String) -> String { text.trimmingSpaces }
}
