import CaseDeskDomain
import TerminalUI

extension StandingForm {
  /// The fields of a purpose's form, filled from the entry (and its review trigger, for a
  /// suspension or removal).
  static func formState(for purpose: PaneFormPurpose, in state: AppState) -> FormState {
    let strings = state.strings
    let id = purpose.enterprise
    let name = enterpriseName(id, in: state)
    var fields = [standingField(purpose, in: state)]
    let title: String
    switch purpose {
    case .suspend:
      title = strings.format(.standingSuspendTitle, name)
      let (trigger, reason) = triggerField(of: id, in: state)
      fields += [trigger].compactMap { $0 }
      fields += reasonFields(reason, textRequired: false, strings: strings)
    case .remove:
      title = strings.format(.standingRemoveTitle, name)
      // The reason and case number follow the trigger; the stated reason is the user's own.
      let (trigger, reason) = triggerField(of: id, in: state)
      fields += [trigger].compactMap { $0 }
      var suggested = reason
      suggested?.text = ""
      fields += reasonFields(suggested, textRequired: true, strings: strings)
    case .restore:
      title = strings.format(.standingRestoreTitle, name)
      let current = state.domain.positiveList[id]?.nextReviewOn
      fields += [
        text(.note, label: strings[.standingRestoreNote], isRequired: true),
        text(
          .nextReviewOn, label: strings[.standingNextReview],
          hint: strings.format(
            .standingNextReviewKeepHint, current?.description ?? strings[.standingNoReview])),
      ]
    default:
      title = strings.format(.standingReviewTitle, name)
      fields += [
        text(
          .nextReviewOn, label: strings[.standingNextReview],
          value: oneYear(after: today(in: state)).description, isRequired: true,
          hint: strings[.standingNextReviewHint]),
        text(.note, label: strings[.standingReviewNote]),
      ]
    }
    return FormState(title: title, fields: fields, yesText: strings[.yes], noText: strings[.no])
  }

  /// The read-only line saying why the entry is on the review-needed queue, and the reason
  /// its trigger suggests (a violation's first, for its case number); nils when it is not
  /// on the queue.
  static func triggerField(of id: EnterpriseID, in state: AppState) -> (
    FormField?, PositiveListEntry.Reason?
  ) {
    guard let item = state.positiveList.reviewQueue.first(where: { $0.enterprise == id }) else {
      return (nil, nil)
    }
    let strings = state.strings
    let field = fact(
      .trigger, label: strings[.standingTrigger],
      value: item.triggerSummary(in: state.domain, strings: strings))
    let trigger =
      item.triggers.first {
        if case .violation = $0 { return true }
        return false
      } ?? item.triggers.first
    return (field, trigger?.suggestedReason(in: state.domain, strings: strings))
  }

  /// The read-only line naming the enterprise, with its standing and next review (in the
  /// error role when the review is overdue).
  static func standingField(_ purpose: PaneFormPurpose, in state: AppState) -> FormField {
    let strings = state.strings
    let id = purpose.enterprise
    var field = fact(
      .enterprise, label: strings[.standingEnterprise],
      value: state.domain.enterprises[id]?.name ?? id.raw)
    guard let entry = state.domain.positiveList[id] else { return field }
    let standing = EnterpriseColumn.positiveListText(entry.status, strings: strings)
    let next = entry.nextReviewOn?.description ?? strings[.standingNoReview]
    if entry.isReviewOverdue(on: today(in: state)) {
      field.error = strings.format(.standingStandingOverdue, standing, next)
    } else {
      field.hint = strings.format(.standingStanding, standing, next)
    }
    return field
  }

  /// The reason kind, case number and free text of a suspension or removal.
  static func reasonFields(
    _ reason: PositiveListEntry.Reason?, textRequired: Bool, strings: Strings
  ) -> [FormField] {
    let options = PositiveListEntry.Reason.Kind.allCases.map { strings.localized($0.title) }
    let kind = FormField(
      id: FieldID.reasonKind.rawValue, label: strings[.standingReasonKind],
      kind: .choice(
        PickListState(
          options: options, value: reason.map { strings.localized($0.kind.title) } ?? "",
          placeholder: strings[.standingReasonPlaceholder])),
      isRequired: true)
    return [
      kind,
      text(
        .caseNumber, label: strings[.standingCaseNumber], value: reason?.caseNumber ?? "",
        isRequired: reason?.kind == .violation, hint: strings[.standingCaseNumberHint]),
      text(
        .text, label: strings[.standingText], value: reason?.text ?? "", isRequired: textRequired),
    ]
  }

  /// An editable line of text.
  static func text(
    _ id: FieldID, label: String, value: String = "", isRequired: Bool = false,
    hint: String? = nil
  ) -> FormField {
    FormField(
      id: id.rawValue, label: label, kind: .text(TextFieldState(text: value)),
      isRequired: isRequired, hint: hint)
  }

  /// A read-only line carrying a fact.
  static func fact(_ id: FieldID, label: String, value: String) -> FormField {
    FormField(
      id: id.rawValue, label: label, kind: .text(TextFieldState(text: value)), isEditable: false)
  }

  /// The same day a year on (the 28th for the 29th of February).
  static func oneYear(after day: Day) -> Day {
    Day(year: day.year + 1, month: day.month, day: min(day.day, 28 + (day.month == 2 ? 0 : 3)))
      ?? day.adding(days: 365)
  }
}
