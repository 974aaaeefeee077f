import CaseDeskApp
import CaseDeskStore
import TerminalUI

/// Runs the real reducer and runtime on the in-memory backend, pressing keys by binding name.
///
/// Deterministic: no config file, no user themes, a fixed date, the sample register.
public final class AppHarness {
  /// The demo bureau, built once per test process (in memory; nothing is written).
  public static let demoWorkspace: OpenedWorkspace = {
    let demo = DemoBuilder.build()
    return OpenedWorkspace(
      name: demo.name, state: demo.state,
      config: WorkspaceConfig(name: demo.name, isDemo: true, asOf: demo.asOf), access: .writer)
  }()

  public let backend: MemoryBackend
  public let runtime: AppRuntime
  /// Where the harness's changes go: memory only, starting from the demo.
  public let store: MemoryDomainStore

  /// A harness at a size and language, with launch options (the demo by default).
  public init(
    size: Size = Size(width: 80, height: 24), language: Language = .zh,
    options: LaunchOptions = LaunchOptions(demo: true),
    prepare: (inout AppState) -> Void = { _ in }
  ) {
    var launch = options
    launch.language = language
    if launch.today == nil { launch.today = "2025-06-30" }
    let context = AppLauncher.prepare(
      options: launch, environment: [:], size: size, workspace: AppHarness.demoWorkspace)
    var state = context.state
    prepare(&state)
    backend = MemoryBackend(size: size)
    store = MemoryDomainStore(state: AppHarness.demoWorkspace.state)
    runtime = AppRuntime(
      state: state, backend: backend, themes: context.themes, theme: context.theme,
      store: state.workspace.isReadOnly ? nil : store)
    runtime.renderFrame()
    runtime.finishStart()
  }

  /// The state now.
  public var state: AppState { runtime.state }

  /// What the screen shows now.
  public var screen: Buffer { backend.screen }

  /// Presses the first key bound to a command (such as `list.down`), then draws a frame.
  public func press(_ command: String) {
    guard let key = runtime.state.keyMap.binding(for: command)?.keys.first else {
      preconditionFailure("no key bound to \(command) in the test's key map")
    }
    press(key)
  }

  /// Presses keys written in key notation (`j j <Enter>`), drawing a frame after each.
  public func press(keys notation: String) {
    guard let keys = try? Key.parseSequence(notation) else {
      preconditionFailure("bad key notation in test: \(notation)")
    }
    for key in keys { press(key) }
  }

  /// Presses one key and draws a frame.
  public func press(_ key: Key) {
    runtime.handle(key)
    runtime.renderFrame()
  }

  /// Types text into whatever field has focus.
  public func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  /// Changes the terminal size, as a terminal resize does, and draws a frame.
  public func resize(to size: Size) {
    backend.resize(to: size)
    if let key = backend.readKey() { press(key) }
  }
}
