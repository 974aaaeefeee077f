import CaseDeskDomain
import TerminalUI

/// The form that opens a case (案源登记): the enterprise, where the case came from, the
/// suspected violation, its legal basis and the conduct day.
///
/// The source is one of the enterprise's clues that may still become a case, one of its
/// approved inspections, or another source with a note. The domain checks the values as they
/// are typed (executed unsaved); an operator whose role may not open a case is told so when
/// the form would open.
enum OpenCaseForm: PaneFormKind {
  /// The form's fields, in form order; the raw values of the last four are the domain's
  /// problem fields too.
  enum Field: String, CaseIterable {
    case enterprise
    case source
    case sourceNote = "sourceNote"
    case violation
    case legalBasis
    case conductOn
  }

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    guard case .openCase(let preset) = purpose else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    if let refusal = roleRefusal(in: state) { return .failure(refusal) }
    let enterprise = preset.flatMap { state.domain.enterprises[$0] }
    var form = PaneForm(
      purpose: purpose,
      form: FormState(
        title: strings[.openCaseTitle], fields: initialFields(enterprise, in: state),
        yesText: strings[.yes], noText: strings[.no]))
    updateSources(in: &form, state: state, choosingFirst: true)
    return .success(form)
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    let found = opening(of: form, in: state)
    guard let opening = found.opening else { return .problems(found.problems) }
    return .command(.enforcementCase(.openCase(opening)))
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    switch field {
    case "source": return Field.sourceNote.rawValue
    case "violation", "legalBasis", "conductOn": return field
    default: return nil
    }
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    guard let record = openedCase(for: form, in: state) else { return strings[.paneFormReady] }
    let name = state.domain.enterprises[record.enterprise]?.name ?? record.enterprise.raw
    if case .clue(let clue) = record.source {
      return strings.format(.openCaseSavedFromClue, record.displayNumber, name, clue.raw)
    }
    return strings.format(.openCaseSaved, record.displayNumber, name)
  }

  static func didSave(_ form: PaneForm, in state: inout AppState) {
    guard state.activePane == .cases, let record = openedCase(for: form, in: state) else {
      return
    }
    _ = CasesPane.focus(record.id, in: &state)
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    switch Field(rawValue: id) {
    case .enterprise: updateSources(in: &form, state: state, choosingFirst: true)
    case .source: updateSources(in: &form, state: state, choosingFirst: false)
    default: break
    }
  }

  // MARK: - Values

  /// The opening the values make, or the problems found before the domain is asked.
  ///
  /// When the enterprise or the day is missing, the domain is still asked about the other
  /// values (with stand-ins), so that every problem shows at once.
  static func opening(of form: PaneForm, in state: AppState) -> (
    opening: CaseOpening?, problems: [String: String]
  ) {
    let strings = state.strings
    var problems: [String: String] = [:]
    let enterprise = enterpriseID(of: form, in: state)
    if enterprise == nil {
      problems[Field.enterprise.rawValue] = strings[.openCaseEnterpriseMissing]
    }
    let day = Day(form.value(Field.conductOn.rawValue).trimmingSpaces)
    if day == nil { problems[Field.conductOn.rawValue] = strings[.openCaseDayInvalid] }
    let source = chosenSource(of: form, in: state)
    if source == nil { problems[Field.source.rawValue] = strings[.openCaseSourceMissing] }
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    let opening = CaseOpening(
      enterprise: enterprise ?? EnterpriseID(""), source: source ?? .other("-"),
      violation: form.value(Field.violation.rawValue).trimmingSpaces,
      legalBasis: form.value(Field.legalBasis.rawValue).trimmingSpaces,
      conductOn: day ?? today)
    guard problems.isEmpty else {
      for (id, text) in domainProblems(of: opening, in: form, state: state)
      where problems[id] == nil {
        problems[id] = text
      }
      return (nil, problems)
    }
    return (opening, [:])
  }

  /// The field problems the domain finds in an opening (its input checks only).
  static func domainProblems(of opening: CaseOpening, in form: PaneForm, state: AppState)
    -> [String: String]
  {
    do throws(Refusal) {
      _ = try Domain.execute(
        .enforcementCase(.openCase(opening)), by: state.actor, at: state.now, in: state.domain)
      return [:]
    } catch {
      var found: [String: String] = [:]
      for problem in error.problems {
        if let id = fieldID(forDomainField: problem.field, in: form), found[id] == nil {
          found[id] = state.strings.localized(problem.message)
        }
      }
      return found
    }
  }

  /// Why the operator may not open a case, or nil when the role allows it.
  ///
  /// Asks the domain about a harmless opening: its input is valid, so the only refusal that
  /// matters is the role's.
  static func roleRefusal(in state: AppState) -> PaneFormRefusal? {
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    let probe = CaseOpening(
      enterprise: state.domain.enterprises.keys.min() ?? EnterpriseID("-"),
      source: .other("-"), violation: "-", legalBasis: "-", conductOn: today)
    do throws(Refusal) {
      _ = try Domain.execute(
        .enforcementCase(.openCase(probe)), by: state.actor, at: state.now, in: state.domain)
      return nil
    } catch {
      guard error.kind == .notPermitted else { return nil }
      return PaneFormRefusal(message: state.strings.localized(error.message))
    }
  }

  /// The case the saved form opened: the operator's newest case with the form's enterprise,
  /// violation, basis and day.
  static func openedCase(for form: PaneForm, in state: AppState) -> EnforcementCase? {
    guard let enterprise = enterpriseID(of: form, in: state) else { return nil }
    let violation = form.value(Field.violation.rawValue).trimmingSpaces
    let basis = form.value(Field.legalBasis.rawValue).trimmingSpaces
    let day = Day(form.value(Field.conductOn.rawValue).trimmingSpaces)
    return state.domain.cases.values
      .filter {
        $0.enterprise == enterprise && $0.violation == violation && $0.legalBasis == basis
          && $0.conductOn == day && $0.opened.actor == state.actor
      }
      .max { ($0.opened.time, $0.id) < ($1.opened.time, $1.id) }
  }
}
