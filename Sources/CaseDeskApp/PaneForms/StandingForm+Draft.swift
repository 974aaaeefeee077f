import CaseDeskDomain

extension StandingForm {
  /// The command a form's values make, with the problems the form finds itself (a reason not
  /// chosen, a date that is not one).
  ///
  /// Where a value is unusable the command carries a stand-in, so the domain can still judge
  /// the other values.
  struct Draft {
    var command: PositiveListCommand
    /// Field id → problem.
    var problems: [String: String]

    init(_ form: PaneForm, in state: AppState) {
      let strings = state.strings
      let id = form.purpose.enterprise
      let today = StandingForm.today(in: state)
      var problems: [String: String] = [:]
      func reason() -> PositiveListEntry.Reason {
        let kind = StandingForm.reasonKind(
          form.value(FieldID.reasonKind.rawValue), strings: strings)
        if kind == nil { problems[FieldID.reasonKind.rawValue] = strings[.standingChooseReason] }
        let number = form.value(FieldID.caseNumber.rawValue)
        return PositiveListEntry.Reason(
          kind: kind ?? .request, caseNumber: number.isEmpty ? nil : number,
          text: form.value(FieldID.text.rawValue))
      }
      func nextReview(required: Bool) -> Day? {
        let field = FieldID.nextReviewOn.rawValue
        let text = form.value(field).trimmingSpaces
        if text.isEmpty {
          if required { problems[field] = strings[.standingDateRequired] }
          return nil
        }
        guard let day = Day(text) else {
          problems[field] = strings.format(
            .standingBadDate, StandingForm.oneYear(after: today).description)
          return nil
        }
        return day
      }
      let note = form.value(FieldID.note.rawValue)
      switch form.purpose {
      case .suspend: command = .suspend(id, reason())
      case .remove: command = .remove(id, reason())
      case .restore: command = .restore(id, note: note, nextReviewOn: nextReview(required: false))
      default:
        let next = nextReview(required: true) ?? today.adding(days: 1)
        command = .recordReview(id, nextReviewOn: next, note: note)
      }
      self.problems = problems
    }
  }
}
