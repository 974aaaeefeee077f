import CaseDeskStore
import TerminalUI

extension WorkspaceOpener {
  /// Whether the workspace is a demo built by an older demo generator than this CaseDesk's
  /// (a demo without a stamp counts as older; a real workspace never does).
  public static func isOlderDemo(_ config: WorkspaceConfig) -> Bool {
    config.isDemo && DemoVersion.isOlder(config.demoVersion)
  }

  /// Says once, on the message line, that the demo was built by an older CaseDesk and how to
  /// rebuild it; nothing is rebuilt (the user may have practised on it).
  ///
  /// Another message from the start (a problem, the locale) keeps the line; the notice is
  /// then left out rather than hiding it.
  public static func noteOlderDemo(_ context: inout LaunchContext, config: WorkspaceConfig) {
    guard isOlderDemo(config), context.state.message == nil else { return }
    context.state.message = Message(kind: .info, text: context.state.strings[.demoOlder])
  }
}
