import CaseDeskDomain
import TerminalUI

extension StandingForm {
  /// The fields of a purpose's form, filled from the entry (and its review trigger, for a
  /// suspension).
  static func formState(for purpose: PaneFormPurpose, in state: AppState) -> FormState {
    let strings = state.strings
    let id = purpose.enterprise
    let name = enterpriseName(id, in: state)
    var fields = [standingField(purpose, in: state)]
    let title: String
    switch purpose {
    case .suspend:
      title = strings.format(.standingSuspendTitle, name)
      let item = state.positiveList.reviewQueue.first { $0.enterprise == id }
      if let item {
        fields.append(
          fact(
            .trigger, label: strings[.standingTrigger],
            value: item.triggerSummary(in: state.domain, strings: strings)))
      }
      let trigger =
        item?.triggers.first {
          if case .violation = $0 { return true }
          return false
        } ?? item?.triggers.first
      let reason = trigger?.suggestedReason(in: state.domain, strings: strings)
      fields += reasonFields(reason, textRequired: false, strings: strings)
    case .remove:
      title = strings.format(.standingRemoveTitle, name)
      fields += reasonFields(nil, textRequired: true, strings: strings)
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
