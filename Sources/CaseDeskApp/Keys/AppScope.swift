import TerminalUI

/// The key scopes of the app, from the widest (`global`) to the modal ones.
public enum AppScope {
  public static let global: KeyScope = "global"
  public static let list: KeyScope = "list"
  public static let detail: KeyScope = "detail"
  public static let help: KeyScope = "help"
  public static let commandLine: KeyScope = "commandLine"
  public static let dialog: KeyScope = "dialog"
  public static let filter: KeyScope = "filter"
  public static let columns: KeyScope = "columns"
  public static let picker: KeyScope = "picker"
  public static let statusCard: KeyScope = "statusCard"
  public static let history: KeyScope = "history"
  public static let form: KeyScope = "form"
  /// The positive list pane's own keys (before the list's).
  public static let positiveList: KeyScope = "positive"
  /// The case review pane's own keys (before the list's).
  public static let cases: KeyScope = "cases"
  /// The referrals pane's own keys (before the list's).
  public static let referrals: KeyScope = "referrals"
  /// The bulk admission overlay.
  public static let bulkAdmission: KeyScope = "bulkAdmission"

  /// The scope of a pane's own keys, looked up before the list's, if the pane has one.
  public static func paneScope(_ pane: PaneID) -> KeyScope? {
    switch pane {
    case .positiveList: return positiveList
    case .cases: return cases
    case .referrals: return referrals
    default: return nil
    }
  }

  /// Scopes that stop key lookup: global keys do not fire behind them.
  public static let modal: Set<KeyScope> = [
    help, commandLine, dialog, filter, columns, picker, statusCard, history, form, bulkAdmission,
  ]

  /// The strings-table key of a scope's title in the help overlay.
  public static func titleKey(_ scope: KeyScope) -> StringKey {
    switch scope {
    case list: return .scopeList
    case detail: return .scopeDetail
    case help: return .scopeHelp
    case commandLine: return .scopeCommandLine
    case dialog: return .scopeDialog
    case filter: return .scopeFilter
    case columns: return .scopeColumns
    case picker: return .scopePicker
    case statusCard: return .scopeStatusCard
    case history: return .scopeHistory
    case form: return .scopeForm
    case positiveList: return .scopePositiveList
    case cases: return .scopeCases
    case referrals: return .scopeReferrals
    case bulkAdmission: return .scopeBulkAdmission
    default: return .scopeGlobal
    }
  }
}
