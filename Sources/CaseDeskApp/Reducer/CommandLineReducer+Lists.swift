import CaseDeskDomain
import TerminalUI

extension CommandLineReducer {
  /// `:find [TEXT]`: the quick lookup, with the text typed in.
  static func find(_ argument: String, on state: inout AppState) -> [Effect] {
    var picker = PickerState(purpose: .quickLookup, title: state.strings[.lookupTitle])
    picker.field = TextFieldState(text: argument)
    picker.field.cursor = argument.count
    QuickLookup.update(&picker, in: &state)
    state.overlay = .picker(picker)
    return []
  }

  /// `:goto USCC`: straight to the enterprise.
  static func goto(_ argument: String, on state: inout AppState) -> [Effect] {
    guard !argument.isEmpty else { return missing("goto", "USCC", on: &state) }
    guard let id = QuickLookup.resolve(argument, in: &state) else {
      state.message = Message(kind: .error, text: state.strings.format(.lookupNotFound, argument))
      return []
    }
    QuickLookup.open(id, in: &state)
    return []
  }

  /// `:admit [USCC|NAME]`: the admission form of any enterprise (the named one, else the
  /// selected one, else a pick list to choose it from).
  static func admit(_ argument: String, on state: inout AppState) -> [Effect] {
    if argument.isEmpty {
      if let id = PositiveListReducer.selectedEnterprise(in: state) {
        return PaneFormReducer.open(.admit(id), in: &state)
      }
      PositiveListReducer.openAdmissionPicker(in: &state)
      return []
    }
    guard let id = QuickLookup.resolve(argument, in: &state) else {
      state.message = Message(kind: .error, text: state.strings.format(.lookupNotFound, argument))
      return []
    }
    return PaneFormReducer.open(.admit(id), in: &state)
  }

  /// `:filter TEXT`: sets the list's filter (empty clears it).
  static func filter(_ argument: String, on state: inout AppState) -> [Effect] {
    if state.activeList == nil { state.activePane = .enterprises }
    let pane = state.activeList ?? EnterpriseList.self
    state[keyPath: pane.list].filter = TextFieldState(text: argument)
    state[keyPath: pane.list].isEditingFilter = false
    pane.refresh(&state)
    ListReducer.reportMatches(&state)
    return []
  }

  /// `:view save NAME`, `:view delete NAME`, `:view NAME`, `:view` (pick one).
  static func view(_ argument: String, on state: inout AppState) -> [Effect] {
    let strings = state.strings
    let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
    let verb = words.first?.lowercased() ?? ""
    let name = words.count > 1 ? words[1].trimmingSpaces : ""
    if state.activeList == nil { state.activePane = .enterprises }
    let pane = state.activeList ?? EnterpriseList.self
    switch verb {
    case "":
      return ListReducer.perform(.pickView, on: &state)
    case "save":
      guard !name.isEmpty else { return missing("view save", "NAME", on: &state) }
      let list = state[keyPath: pane.list]
      state.preferences.save(
        SavedView(
          name: name, filter: list.filterText, sort: list.sort, columns: list.chosenColumns),
        of: pane.pane)
      state.message = Message(kind: .success, text: strings.format(.viewSaved, name))
      return [.savePreferences(state.preferences)]
    case "delete":
      guard !name.isEmpty else { return missing("view delete", "NAME", on: &state) }
      guard state.preferences.deleteView(named: name, of: pane.pane) else {
        state.message = Message(kind: .error, text: strings.format(.viewUnknown, name))
        return []
      }
      state.message = Message(kind: .success, text: strings.format(.viewDeleted, name))
      return [.savePreferences(state.preferences)]
    default:
      guard let view = state.preferences.view(named: argument, of: pane.pane) else {
        state.message = Message(kind: .error, text: strings.format(.viewUnknown, argument))
        return []
      }
      ListReducer.apply(view, to: &state)
      return []
    }
  }

  /// `:tag add NAME`, `:tag remove NAME`: on the marked enterprises, else the selected one.
  static func tag(_ argument: String, on state: inout AppState) -> [Effect] {
    let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
    guard words.count == 2, ["add", "remove"].contains(words[0].lowercased()) else {
      return missing("tag", "add|remove NAME", on: &state)
    }
    let name = words[1].trimmingSpaces
    let adding = words[0].lowercased() == "add"
    let targets = targetEnterprises(state)
    guard !targets.isEmpty else { return nothingSelected(&state) }
    return [
      .performAll(
        targets.map { .enterprise(adding ? .addTag($0, name) : .removeTag($0, name)) })
    ]
  }

  /// `:assign STAFF`: makes a commissioner (id or name) the marked enterprises' commissioner.
  static func assign(_ argument: String, on state: inout AppState) -> [Effect] {
    guard !argument.isEmpty else { return missing("assign", "STAFF", on: &state) }
    let wanted = argument.lowercased()
    let candidates = state.domain.staff.values.filter {
      $0.isActive && ($0.id.raw.lowercased() == wanted || $0.name.lowercased() == wanted)
    }
    guard let staff = candidates.first, candidates.count == 1 else {
      state.message = Message(
        kind: .error, text: state.strings.format(.staffUnknown, argument))
      return []
    }
    let targets = targetEnterprises(state)
    guard !targets.isEmpty else { return nothingSelected(&state) }
    return [.performAll(targets.map { .enterprise(.assignCommissioner($0, staff.id)) })]
  }

  /// `:export [FILE]` (and `E`): what the list shows — the marked records if any — with the
  /// columns shown, to FILE (CSV, or JSON for `.json`; default `enterprises-DATE.csv`).
  static func export(_ argument: String, on state: inout AppState) -> [Effect] {
    if let pane = state.activeList, pane.pane != .enterprises {
      return exportTable(pane, argument, on: &state)
    }
    let list = state.enterprises
    let marked = list.marked.map(\.id)
    let ids =
      marked.isEmpty ? list.order.map { list.records[$0].id } : marked
    guard !ids.isEmpty else { return nothingSelected(&state) }
    let path = argument.isEmpty ? "enterprises-\(state.today).csv" : argument
    return [
      .exportEnterprises(
        ids: ids, columns: EnterprisesPaneView.shownColumnIDs(for: state), path: path)
    ]
  }

  /// `:export` on a list whose rows are not enterprises: the shown columns' texts of the
  /// marked rows, else of every row shown (default `PANE-DATE.csv`).
  static func exportTable(_ pane: any ListPane.Type, _ argument: String, on state: inout AppState)
    -> [Effect]
  {
    let list = state[keyPath: pane.list]
    let marked = list.order.filter { list.table.marked.contains(pane.recordID($0, in: state)) }
    let indices = marked.isEmpty ? list.order : marked
    guard !indices.isEmpty else { return nothingSelected(&state) }
    let columns = pane.shownColumnIDs(for: state)
    let strings = state.strings
    let path = argument.isEmpty ? "\(pane.pane.commandName)-\(state.today).csv" : argument
    return [
      .exportTable(
        columns: columns, headers: columns.map { pane.columnTitle($0, strings: strings) },
        rows: pane.cells(indices, columns: columns, in: state), path: path)
    ]
  }

  /// `:import FILE [--update]`: adds the file's enterprises (all or nothing).
  static func importFile(_ argument: String, on state: inout AppState) -> [Effect] {
    var words = argument.split(separator: " ").map(String.init)
    let update = words.contains("--update")
    words.removeAll { $0 == "--update" }
    guard let path = words.first else { return missing("import", "FILE [--update]", on: &state) }
    return [.importEnterprises(path: path, update: update)]
  }

  /// The marked enterprises, else the selected one.
  static func targetEnterprises(_ state: AppState) -> [EnterpriseID] {
    if state.activePane == .positiveList {
      return PositiveListPane.targetIDs(in: state).map { EnterpriseID($0) }
    }
    let marked = state.enterprises.marked.map(\.id)
    if !marked.isEmpty { return marked }
    return state.enterprises.selected.map { [$0.id] } ?? []
  }

  static func missing(_ command: String, _ argument: String, on state: inout AppState)
    -> [Effect]
  {
    state.message = Message(
      kind: .error, text: state.strings.format(.missingArgument, command, argument))
    return []
  }

  static func nothingSelected(_ state: inout AppState) -> [Effect] {
    state.message = Message(kind: .error, text: state.strings[.nothingSelected])
    return []
  }

  /// Names of active staff with a role, for completing `:assign`.
  static func staffNames(_ state: AppState, role: StaffRole) -> [String] {
    state.domain.staff.values.filter { $0.isActive && $0.roles.contains(role) }.map(\.id.raw)
      .sorted()
  }
}
