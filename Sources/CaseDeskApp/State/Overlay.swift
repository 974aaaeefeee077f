import TerminalUI

/// What covers the pane and takes the keys, if anything.
public enum Overlay: Equatable, Sendable {
  case help(HelpOverlayState)
  case commandLine(CommandLineState)
  case confirmQuit(Dialog)
  /// The add/edit enterprise form (with its discard question, when asked).
  case enterpriseForm(EnterpriseForm)
}
