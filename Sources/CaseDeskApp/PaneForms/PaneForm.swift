import CaseDeskDomain
import TerminalUI

/// A form of a pane's step (an admission, a suspension, an inspection plan): its fields, what
/// was touched, what is wrong, and whether a save is waiting.
///
/// Read-only fields carry facts the user decides on (a criterion with its evidence); the
/// kind (`PaneFormPurpose.kind`) makes the command and maps the domain's problems to fields.
public struct PaneForm: Equatable, Sendable {
  public var purpose: PaneFormPurpose
  public var form: FormState
  /// Each field's value as the form opened, to tell edits apart.
  public var initialValues: [String: String]
  /// Fields edited since the form opened.
  public var touched: Set<String>
  /// Whether every problem shows (set by a save attempt).
  public var showsAllProblems: Bool
  /// The problem of each field with one, from the last check.
  public var problems: [String: String]
  /// A problem that belongs to no field (a rule, a permission, a refusal from the store).
  public var generalProblem: String?
  /// The discard question, while it is asked.
  public var discardQuestion: Dialog?
  /// Whether a save was sent and its answer is awaited.
  public var isSaving: Bool

  /// A form with its fields as they open (nothing touched).
  public init(purpose: PaneFormPurpose, form: FormState) {
    self.purpose = purpose
    self.form = form
    self.initialValues = Dictionary(
      form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    self.touched = []
    self.showsAllProblems = false
    self.problems = [:]
    self.generalProblem = nil
    self.discardQuestion = nil
    self.isSaving = false
  }

  /// A field's value as text ("" when there is no such field).
  public func value(_ id: String) -> String { form[id]?.value ?? "" }

  /// A field's value without white space at either end.
  public func text(_ id: String) -> String { value(id).trimmingSpaces }

  /// The position of a choice field's value among its options (nil when there is no such
  /// choice or its value is not one of them).
  public func choiceIndex(_ id: String) -> Int? {
    guard case .choice(let list)? = form[id]?.kind else { return nil }
    return list.options.firstIndex(of: list.value)
  }

  /// A toggle's value (false when there is no such toggle).
  public func isOn(_ id: String) -> Bool { form[id]?.isOn ?? false }

  /// Whether anything was edited since the form opened.
  public var hasUnsavedEdits: Bool {
    form.fields.contains { (initialValues[$0.id] ?? "") != $0.value }
  }

  /// The ids of fields with a problem, in form order.
  public var problemFields: [String] {
    form.fields.map(\.id).filter { problems[$0] != nil }
  }

  /// Checks the values: the kind's own checks, then the domain's, and shows the problems.
  mutating func check(in state: AppState) {
    let strings = state.strings
    let kind = purpose.kind
    var found: [String: String] = [:]
    var general: String?
    let refusal: Refusal?
    switch kind.outcome(of: self, in: state) {
    case .problems(let problems):
      for (id, text) in problems {
        if id.isEmpty { general = text } else { found[id] = text }
      }
      refusal = nil
    case .command(let command): refusal = Self.refusal(of: [command], in: state)
    case .commands(let commands): refusal = Self.refusal(of: commands, in: state)
    }
    if let refusal {
      for problem in refusal.problems {
        if let id = kind.fieldID(forDomainField: problem.field, in: self), found[id] == nil {
          found[id] = strings.localized(problem.message)
        }
      }
      if found.isEmpty { general = strings.localized(refusal.message) }
    }
    problems = found
    generalProblem = general
    refresh(strings: strings)
  }

  /// Why the domain would refuse the commands run one after the other (unsaved), or nil.
  static func refusal(of commands: [Command], in state: AppState) -> Refusal? {
    var domain = state.domain
    do throws(Refusal) {
      for (index, command) in commands.enumerated() {
        if index == commands.count - 1 {
          _ = try Domain.execute(command, by: state.actor, at: state.now, in: domain)
        } else {
          try Domain.perform(command, by: state.actor, at: state.now, on: &domain)
        }
      }
      return nil
    } catch {
      return error
    }
  }

  /// Puts the problems (the shown ones) and the summary into the form.
  mutating func refresh(strings: Strings) {
    form.showProblems(
      problems, general: generalProblem, touched: touched, showsAll: showsAllProblems,
      clear: strings[.paneFormReady], strings: strings)
  }

  /// The command a save sends, when the kind can make one.
  func command(in state: AppState) -> Command? {
    commands(in: state).first
  }

  /// The commands a save sends (one for most forms), empty when the kind can make none.
  func commands(in state: AppState) -> [Command] {
    switch purpose.kind.outcome(of: self, in: state) {
    case .command(let command): return [command]
    case .commands(let commands): return commands
    case .problems: return []
    }
  }
}
