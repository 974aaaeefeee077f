import CaseDeskDomain
import TerminalUI

/// The suspension, restoration, removal and periodic review forms of a positive-list entry.
///
/// The form opens only when the domain would allow the step for the entry's standing and the
/// operator's roles (asked with a harmless draft); otherwise the message line says why. Its
/// values make the domain command, and the domain's problems land on the fields.
enum StandingForm: PaneFormKind {
  /// The fields' ids.
  enum FieldID: String, CaseIterable {
    /// The enterprise and its standing (read-only).
    case enterprise
    /// Why the entry is on the review-needed queue (read-only).
    case trigger
    case reasonKind
    case caseNumber
    case text
    case note
    case nextReviewOn
  }

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    if let refusal = refusal(of: purpose, in: state) {
      return .failure(PaneFormRefusal(message: state.strings.localized(refusal.message)))
    }
    return .success(PaneForm(purpose: purpose, form: formState(for: purpose, in: state)))
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    let draft = Draft(form, in: state)
    guard !draft.problems.isEmpty else { return .command(.positiveList(draft.command)) }
    // The form's own problems, plus what the domain says of the other values.
    var problems = draft.problems
    do {
      _ = try Domain.execute(
        .positiveList(draft.command), by: state.actor, at: state.now, in: state.domain)
    } catch {
      for problem in error.problems {
        if let id = fieldID(forDomainField: problem.field, in: form), problems[id] == nil {
          problems[id] = state.strings.localized(problem.message)
        }
      }
      if error.kind != .invalidInput { problems[""] = state.strings.localized(error.message) }
    }
    return .problems(problems)
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    let id: FieldID?
    switch field {
    case "reason.kind": id = .reasonKind
    case "reason.caseNumber": id = .caseNumber
    case "reason.text": id = .text
    case "note": id = .note
    case "nextReviewOn": id = .nextReviewOn
    default: id = nil
    }
    guard let id, form.form[id.rawValue] != nil else { return nil }
    return id.rawValue
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    let name = enterpriseName(form.purpose.enterprise, in: state)
    switch form.purpose {
    case .suspend: return strings.format(.standingSuspended, name)
    case .restore: return strings.format(.standingRestored, name)
    case .remove: return strings.format(.standingRemoved, name)
    default:
      let next = state.domain.positiveList[form.purpose.enterprise]?.nextReviewOn
      return strings.format(.standingReviewed, name, next?.description ?? "")
    }
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    guard id == FieldID.reasonKind.rawValue,
      let index = form.form.index(of: FieldID.caseNumber.rawValue)
    else { return }
    form.form.fields[index].isRequired =
      reasonKind(form.value(id), strings: state.strings) == .violation
  }

  // MARK: - Asking the domain

  /// Why the domain would refuse the step whatever the values (the entry's standing, the
  /// operator's roles, no entry at all), or nil when the form may open.
  static func refusal(of purpose: PaneFormPurpose, in state: AppState) -> Refusal? {
    let id = purpose.enterprise
    let filler = PositiveListEntry.Reason(kind: .request, text: "-")
    let command: PositiveListCommand
    switch purpose {
    case .suspend: command = .suspend(id, filler)
    case .restore: command = .restore(id, note: "-", nextReviewOn: nil)
    case .remove: command = .remove(id, filler)
    default: command = .recordReview(id, nextReviewOn: today(in: state).adding(days: 1), note: "")
    }
    do {
      _ = try Domain.execute(
        .positiveList(command), by: state.actor, at: state.now, in: state.domain)
      return nil
    } catch {
      return error
    }
  }

  /// The operator's day.
  static func today(in state: AppState) -> Day {
    state.now.day(utcOffset: state.domain.settings.utcOffset)
  }

  /// The enterprise's short name, else its name, else its id.
  static func enterpriseName(_ id: EnterpriseID, in state: AppState) -> String {
    guard let enterprise = state.domain.enterprises[id] else { return id.raw }
    return enterprise.shortName.isEmpty ? enterprise.name : enterprise.shortName
  }

  /// The reason kind whose title (in the user's language) is a value, or nil.
  static func reasonKind(_ value: String, strings: Strings) -> PositiveListEntry.Reason.Kind? {
    PositiveListEntry.Reason.Kind.allCases.first { strings.localized($0.title) == value }
  }
}
