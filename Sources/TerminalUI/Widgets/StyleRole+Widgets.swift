extension StyleRole {
  /// The selected row of a list that does not have the focus (falls back to the selection).
  public static let listRowSelectedInactive: StyleRole = "list.row.selected.inactive"
  /// The placeholder shown in an empty text field.
  public static let inputPlaceholder: StyleRole = "input.placeholder"
  /// A group heading in the help overlay.
  public static let helpScope: StyleRole = "help.scope"
  /// The keys column of the help overlay.
  public static let helpKey: StyleRole = "help.key"
  /// The descriptions in the help overlay.
  public static let helpText: StyleRole = "help.text"
  /// The message text inside a dialog.
  public static let dialogText: StyleRole = "dialog.text"
  /// The bars and marks of charts.
  public static let chartBar: StyleRole = "chart.bar"
  /// The labels and values beside a chart.
  public static let chartLabel: StyleRole = "chart.label"
}
