import TerminalUI

/// What covers the pane and takes the keys, if anything.
public enum Overlay: Equatable, Sendable {
  case help(HelpOverlayState)
  case commandLine(CommandLineState)
  case confirmQuit(Dialog)
  case columnChooser(ColumnChooserState)
  case picker(PickerState)
  /// The status card of one enterprise.
  case statusCard(StatusCardState)
  /// The saved changes of one record.
  case history(HistoryState)
  /// The add/edit enterprise form (with its discard question, when asked).
  case enterpriseForm(EnterpriseForm)
  /// A pane's form (an admission, a suspension, an inspection plan…).
  case paneForm(PaneForm)
  /// The bulk admission's preview, then its summary.
  case bulkAdmission(BulkAdmissionState)
}
