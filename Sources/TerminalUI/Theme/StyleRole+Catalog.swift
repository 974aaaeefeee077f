extension StyleRole {
  /// Every role the app draws with, in one place, so tests can check that each theme covers them.
  ///
  /// Core roles come from `StyleRole`'s constants; the domain roles are the ones the panes use.
  /// Each role appears once. Add a role here when a pane starts using it.
  public static let all: [StyleRole] = {
    var seen: Set<StyleRole> = []
    return (core + domain).filter { seen.insert($0).inserted }
  }()

  /// The roles named by `StyleRole`'s constants (widgets and chrome).
  public static let core: [StyleRole] = [
    .normal, .border, .title, .dim, .topBar, .demoMark, .readOnlyMark, .footer, .footerKey,
    .tab, .tabActive, .listHeader, .listRow, .listRowSelected, .listRowMarked, .inputText,
    .inputCursor, .dialog, .dialogTitle, .dialogButton, .dialogButtonFocused, .messageInfo,
    .messageError, .messageSuccess, .progressFilled, .progressEmpty, .searchMatch,
    .clockOverdue, .clockDueSoon,
  ]

  /// The roles the case-management panes use beyond the core ones.
  public static let domain: [StyleRole] = [
    "status.positive.listed", "status.positive.candidate", "status.positive.suspended",
    "status.positive.removed", "clock.overdue", "clock.due-soon", "clock.ok", "stage.archived",
    "tier.key", "search.match", "chart.bar", "chart.axis", "help.key", "help.scope",
    "list.row.alternate", "bar.top.demo", "bar.top.readonly", "bar.top.deadline",
    "message.warning", "input.placeholder", "input.error", "form.label", "form.required",
  ]
}
