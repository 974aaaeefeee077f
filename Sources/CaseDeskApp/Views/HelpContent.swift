import TerminalUI

/// What the help overlay lists: every binding of the live key map, grouped by scope.
enum HelpContent {
  /// The scopes in the order help shows them.
  static let scopeOrder: [KeyScope] = [
    AppScope.global, AppScope.list, AppScope.positiveList, AppScope.cases, AppScope.detail,
    AppScope.filter,
    AppScope.picker,
    AppScope.columns, AppScope.form, AppScope.statusCard, AppScope.history, AppScope.commandLine,
    AppScope.dialog, AppScope.help,
  ]

  /// The bindings help lists, ordered by scope then key-map order.
  static func bindings(in state: AppState) -> [KeyBinding] {
    let all = state.keyMap.bindings
    let known = scopeOrder.flatMap { scope in all.filter { $0.scope == scope } }
    let others = all.filter { !scopeOrder.contains($0.scope) }
    return known + others
  }
}
