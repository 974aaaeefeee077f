import TerminalUI

/// What the `form.*` commands and the discard question mean in any form (the enterprise form
/// and the pane forms share them).
enum FormCommands {
  /// What a `form.*` command asks of a form.
  enum Request: Equatable {
    /// Hand this key to the form (the pick list's keys while one is open).
    case key(Key)
    /// Close an open pick list, then save.
    case save(closingPickList: Bool)
  }

  /// The request a `form.*` command makes, given whether a pick list is open.
  static func request(for command: AppCommand, pickListOpen: Bool) -> Request {
    switch command {
    case .formNext: return .key(pickListOpen ? .down : .tab)
    case .formPrevious: return .key(pickListOpen ? .up : .backTab)
    case .formPick: return .key(.enter)
    case .formSave: return .save(closingPickList: pickListOpen)
    default: return .key(.escape)
    }
  }

  /// The answer to the discard question.
  enum DiscardAnswer: Equatable {
    /// Close the form, losing the edits.
    case discard
    /// Back to the form.
    case keepEditing
    /// Still asking, with the focus moved.
    case asking(Dialog)
  }

  /// What a dialog command does to the discard question.
  static func answer(_ command: AppCommand, to dialog: Dialog) -> DiscardAnswer {
    var dialog = dialog
    let count = max(1, dialog.buttons.count)
    switch command {
    case .nextButton:
      dialog.focusedButton = (dialog.focusedButton + 1) % count
      return .asking(dialog)
    case .previousButton:
      dialog.focusedButton = (dialog.focusedButton + count - 1) % count
      return .asking(dialog)
    case .answerYes,
      .confirmDialog where dialog.focusedButton == 0:
      return .discard
    default:
      return .keepEditing
    }
  }

  /// The question asked before discarding a form's edits.
  static func discardQuestion(_ strings: Strings) -> Dialog {
    Dialog.confirm(
      title: strings[.formDiscardTitle], message: strings[.formDiscardQuestion],
      yes: strings[.yes], no: strings[.no], defaultsToYes: false)
  }
}
