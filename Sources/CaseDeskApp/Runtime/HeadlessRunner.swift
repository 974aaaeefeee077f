import CaseDeskDomain
import TerminalUI

/// Runs the real app on the in-memory backend: feeds keys, returns the final screen as text.
///
/// Used by `--headless … --dump`, by tests and by the first-frame benchmark.
public enum HeadlessRunner {
  /// Runs the app with `keys` at `size` (saving changes to `store`, if any) and returns the final screen (and its style layer).
  public static func run(
    context: LaunchContext, size: Size, keys: [Key], styles: Bool,
    store: (any DomainStore)? = nil, clock: (() -> Timestamp)? = nil
  ) -> (screen: String, runtime: AppRuntime) {
    let backend = MemoryBackend(size: size, keys: keys)
    let runtime = AppRuntime(
      state: context.state, backend: backend, themes: context.themes, theme: context.theme,
      store: store, clock: clock, preferencesPath: context.preferencesPath)
    runtime.run()
    return (backend.screen.dump(styles: styles), runtime)
  }
}
