import CaseDeskDomain
import TerminalUI

/// The inspection plan form, with the positive list's guard (无事不扰).
///
/// A routine on-site plan of a listed enterprise shows the guard's warning at the top and
/// makes the reason required; the domain's refusal of such a plan without a reason shows on
/// the reason field. Every other problem comes from the domain, executed unsaved.
enum InspectionPlanForm: PaneFormKind {
  /// The form's fields, in form order.
  enum Field: String, CaseIterable {
    case enterprise
    case kind
    case mode
    case plannedOn
    case officer1
    case officer2
    case moreOfficers
    case reason
    case reference
  }

  /// The reasons offered, in the reason list's order.
  enum ReasonChoice: Int, CaseIterable {
    case none
    case clue
    case complaint
    case randomSampling

    /// The strings-table key of the choice's name.
    var labelKey: StringKey {
      switch self {
      case .none: return .planReasonNone
      case .clue: return .planReasonClue
      case .complaint: return .planReasonComplaint
      case .randomSampling: return .planReasonRandom
      }
    }

    /// The reason an inspection of a kind names itself, if any.
    init?(kind: Inspection.Kind) {
      switch kind {
      case .onClue: self = .clue
      case .onComplaint: self = .complaint
      case .randomSampling: self = .randomSampling
      case .routine, .recheck: return nil
      }
    }
  }

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    guard case .planInspection(let id) = purpose,
      let enterprise = state.domain.enterprises[id]
    else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let title = strings.format(
      .planTitle, enterprise.shortName.isEmpty ? enterprise.name : enterprise.shortName)
    let fields = initialFields(for: enterprise, in: state)
    var form = PaneForm(
      purpose: purpose,
      form: FormState(
        title: title, fields: fields, yesText: strings[.yes], noText: strings[.no]))
    updateReference(in: &form, state: state)
    updateGuard(in: &form, state: state)
    return .success(form)
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    let found = planValues(of: form, in: state)
    guard found.problems.isEmpty, let plan = found.plan else {
      return .problems(found.problems)
    }
    let command = Command.inspection(.planInspection(plan))
    guard plan.reason == nil, guardApplies(form, in: state) else { return .command(command) }
    // The guard refuses this plan: its message goes on the reason field.
    do throws(Refusal) {
      _ = try Domain.execute(command, by: state.actor, at: state.now, in: state.domain)
      return .command(command)
    } catch {
      let strings = state.strings
      switch error.kind {
      case .ruleViolated:
        return .problems([Field.reason.rawValue: strings.localized(error.message)])
      case .invalidInput:
        // The guard refuses next, once these are fixed.
        var problems = [Field.reason.rawValue: strings[.planGuardWarning]]
        for problem in error.problems {
          if let id = fieldID(forDomainField: problem.field, in: form), problems[id] == nil {
            problems[id] = strings.localized(problem.message)
          }
        }
        return .problems(problems)
      case .notPermitted, .notFound, .readOnly:
        return .problems(["": strings.localized(error.message)])
      }
    }
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    switch field {
    case "plan.plannedOn": return Field.plannedOn.rawValue
    case "plan.reason":
      return reasonChoice(of: form) == ReasonChoice.none
        ? Field.reason.rawValue : Field.reference.rawValue
    case "plan.officers":
      let firstEmpty = [Field.officer1, .officer2].first {
        form.value($0.rawValue).allSatisfy(\.isWhitespace)
      }
      return (firstEmpty ?? .officer2).rawValue
    default:
      let prefix = "plan.officers["
      guard field.hasPrefix(prefix), field.hasSuffix("]"),
        let index = Int(field.dropFirst(prefix.count).dropLast())
      else { return nil }
      let sources = officerTexts(of: form).map(\.field)
      return sources.indices.contains(index) ? sources[index].rawValue : nil
    }
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    let enterprise = form.purpose.enterprise
    let newest = state.domain.inspections.values
      .filter { $0.enterprise == enterprise }
      .max { ($0.planned.time, $0.id) < ($1.planned.time, $1.id) }
    guard let inspection = newest else {
      return strings.format(
        .planSaved, strings[.none], strings.localized(kind(of: form).title),
        strings.localized(mode(of: form).title))
    }
    let kindTitle = strings.localized(inspection.kind.title)
    let modeTitle = strings.localized(inspection.mode.title)
    guard inspection.isPositiveListException else {
      return strings.format(.planSaved, inspection.id.raw, kindTitle, modeTitle)
    }
    let reason = inspection.reason.map { strings.localized($0.title) } ?? strings[.planNoReason]
    return strings.format(.planSavedException, inspection.id.raw, kindTitle, modeTitle, reason)
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    switch Field(rawValue: id) {
    case .kind:
      if let reason = ReasonChoice(kind: kind(of: form)) {
        setChoice(Field.reason, index: reason.rawValue, in: &form)
        updateReference(in: &form, state: state)
      }
    case .reason:
      updateReference(in: &form, state: state)
    default:
      break
    }
    updateGuard(in: &form, state: state)
  }

  // MARK: - The guard

  /// Whether the enterprise is on the positive list now.
  static func isListed(_ form: PaneForm, in state: AppState) -> Bool {
    state.domain.positiveList[form.purpose.enterprise]?.status == .listed
  }

  /// Whether the plan is a routine on-site one of a listed enterprise (无事不扰 applies).
  static func guardApplies(_ form: PaneForm, in state: AppState) -> Bool {
    isListed(form, in: state) && mode(of: form) == .onSite && kind(of: form) == .routine
  }

  /// The guard's warning: the whole sentence when the form is wide enough, else its short form.
  static func warning(for form: PaneForm, state: AppState) -> String {
    let strings = state.strings
    let box = Form.frame(in: EnterpriseFormView.area(for: state.size), state: form.form)
    let full = strings[.planGuardWarning]
    return DisplayWidth.columns(full) <= box.width - 6 ? full : strings[.planGuardWarningShort]
  }

  /// Shows or hides the guard's warning, and marks the reason required when it is.
  static func updateGuard(in form: inout PaneForm, state: AppState) {
    let strings = state.strings
    let applies = guardApplies(form, in: state)
    if let index = form.form.index(of: Field.enterprise.rawValue) {
      form.form.fields[index].error = applies ? warning(for: form, state: state) : nil
      form.form.fields[index].hint = isListed(form, in: state) ? strings[.planListedHint] : nil
    }
    if let index = form.form.index(of: Field.reason.rawValue) {
      form.form.fields[index].isRequired = applies || ReasonChoice(kind: kind(of: form)) != nil
    }
  }
}
