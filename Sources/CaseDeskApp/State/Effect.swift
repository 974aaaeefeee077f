import CaseDeskDomain

/// Work the reducer asks the runtime to do outside the pure state change.
public enum Effect: Equatable, Sendable {
  /// Leave the app and restore the terminal.
  case quit
  /// Load and apply a theme by name; the runtime answers with `.themeApplied` or a problem.
  case applyTheme(String)
  /// Forget what the terminal shows and redraw everything.
  case redrawScreen
  /// Execute, save and apply a change through the store; the runtime answers with
  /// `.domainChanged` or `.changeRefused`.
  case perform(Command)
  /// Save the operator's list preferences (columns, views) to their file.
  case savePreferences(ListPreferences)
  /// Make several independent changes (a bulk action on marked records); each is checked on
  /// its own, and the runtime reports how many were made and why others were not.
  case performAll([Command])
  /// Make several changes as one: each checked after the ones before it, saved all or none;
  /// the runtime answers with one `.domainChanged` or `.changeRefused`.
  case performBatch([Command])
  /// Read the saved changes of a record; the runtime answers with `.historyLoaded`.
  case loadHistory(RecordRef)
  /// Read a CSV file and add (or, with `update`, also update) its enterprises, all or nothing.
  case importEnterprises(path: String, update: Bool)
  /// Write enterprises to a file (CSV, or JSON for a `.json` path) with the given columns.
  case exportEnterprises(ids: [EnterpriseID], columns: [String], path: String)
  /// Writes a pane's table as shown: column ids, their headers, and the cell texts.
  case exportTable(columns: [String], headers: [String], rows: [[String]], path: String)
}
