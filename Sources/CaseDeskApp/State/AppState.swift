import CaseDeskDomain
import TerminalUI

/// Everything the screen shows, in one value: the reducer changes it, views render it.
public struct AppState: Equatable, Sendable {
  public var size: Size
  public var language: Language
  public var keyMap: KeyMap
  public var workspace: WorkspaceInfo
  public var operatorInfo: OperatorInfo
  /// Today's date as shown in the top bar (`YYYY-MM-DD`, the operator's local date).
  public var today: String
  /// The moment changes are stamped with and clocks are read at (noon of `today`).
  public var now: Timestamp
  /// The workspace's records as last saved: what every pane and query reads.
  public var domain: DomainState
  public var activePane: PaneID
  public var enterprises: EnterpriseListState
  /// The positive list pane's entries, tab and list.
  public var positiveList: PositiveListPaneState
  /// The case review pane's cases, "my queue" and list.
  public var cases: CasesPaneState
  /// The referrals pane.
  public var referrals: ReferralsPaneState
  /// The operator's chosen columns and saved views.
  public var preferences: ListPreferences
  public var overlay: Overlay?
  /// The record a pane should select when it next shows (set by jumps from the status card).
  public var pendingFocus: RecordRef?
  public var message: Message?
  /// Long work under way (an import): what it is and how far it got, shown on the message row.
  public var progress: WorkProgress?
  /// What undoes the operator's last change of this session (`u`), if anything.
  public var lastUndo: UndoToken?
  /// Whether quitting now would lose something (asks to confirm when true).
  public var hasUnsavedChanges: Bool
  /// Number of legal deadlines pending for the operator, and for a social supervisor the
  /// reviews awaiting their opinion (top bar; `TopBarView.pendingCount`).
  public var pendingDeadlines: Int
  public var themeName: String
  /// Themes `:theme` can switch to, for completion and checking.
  public var themeNames: [String]
  /// Set when the user has asked to quit and nothing stands in the way.
  public var isQuitting: Bool

  public init(
    size: Size, language: Language, keyMap: KeyMap, workspace: WorkspaceInfo,
    operatorInfo: OperatorInfo, today: String, now: Timestamp, domain: DomainState,
    themeName: String, themeNames: [String]
  ) {
    self.size = size
    self.language = language
    self.keyMap = keyMap
    self.workspace = workspace
    self.operatorInfo = operatorInfo
    self.today = today
    self.now = now
    self.domain = domain
    self.activePane = .enterprises
    self.enterprises = EnterpriseListState(records: EnterpriseRow.rows(of: domain))
    self.positiveList = PositiveListPaneState()
    self.cases = CasesPaneState()
    self.referrals = ReferralsPaneState()
    self.preferences = ListPreferences()
    self.overlay = nil
    self.pendingFocus = nil
    self.message = nil
    self.progress = nil
    self.lastUndo = nil
    self.hasUnsavedChanges = false
    self.pendingDeadlines = 0
    self.themeName = themeName
    self.themeNames = themeNames
    self.isQuitting = false
  }

  /// The operator as the domain knows them (changes are made in their name).
  public var actor: Actor { .staff(StaffID(operatorInfo.id)) }

  /// The texts in the state's language.
  public var strings: Strings { Strings(language) }

  /// The smallest terminal the app lays out in; smaller shows "terminal too small".
  public static let minimumSize = Size(width: 40, height: 12)

  /// Whether the terminal is too small to lay out.
  public var isTooSmall: Bool {
    size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
  }

  /// The key scopes active now, innermost first.
  public var activeScopes: [KeyScope] {
    switch overlay {
    case .help: return [AppScope.help]
    case .commandLine: return [AppScope.commandLine]
    case .confirmQuit: return [AppScope.dialog]
    case .columnChooser: return [AppScope.columns]
    case .picker: return [AppScope.picker]
    case .statusCard: return [AppScope.statusCard]
    case .history: return [AppScope.history]
    case .enterpriseForm(let form):
      return [form.discardQuestion == nil ? AppScope.form : AppScope.dialog]
    case .paneForm(let form):
      return [form.discardQuestion == nil ? AppScope.form : AppScope.dialog]
    case .bulkAdmission: return [AppScope.bulkAdmission]
    case nil:
      if isTooSmall { return [AppScope.global] }
      guard let pane = activeList else { return [AppScope.global] }
      if self[keyPath: pane.list].isEditingFilter { return [AppScope.filter] }
      let base =
        self[keyPath: pane.isDetailOpen]
        ? [AppScope.detail, AppScope.global] : [AppScope.list, AppScope.global]
      return (AppScope.paneScope(activePane).map { [$0] } ?? []) + base
    }
  }

  /// Condition flags for `enabledWhen` in the key map.
  public var activeFlags: Set<String> {
    var flags: Set<String> = []
    if !workspace.isReadOnly { flags.insert("writable") }
    if activePane == .enterprises { flags.insert("registerPane") }
    if let pane = activeList {
      let list = self[keyPath: pane.list]
      if list.totalCount > 0 { flags.insert("hasRows") }
      if list.isFiltered { flags.insert("filtered") }
      if !list.table.marked.isEmpty { flags.insert("marked") }
    }
    if activePane == .cases { flags.formUnion(cases.detailScroll.flags) }
    if activePane == .referrals { flags.formUnion(referrals.detailScroll.flags) }
    return flags
  }
}
