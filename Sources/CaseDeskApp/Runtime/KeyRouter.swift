import TerminalUI

/// Turns a key into an action through the key map and the active scopes.
public enum KeyRouter {
  /// The action for a key in the current state, or nil when the key does nothing here.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if let name = state.keyMap.command(
      for: key, scopes: state.activeScopes, flags: state.activeFlags),
      let command = AppCommand(rawValue: name)
    {
      return .commandInvoked(command)
    }
    switch state.overlay {
    case .commandLine, .help, .picker, .enterpriseForm, .paneForm: return .keyTyped(key)
    case nil where state.isEditingFilter:
      return .keyTyped(key)
    default: return nil
    }
  }
}
