import CaseDeskDomain
import TerminalUI

/// Runs the app on a terminal backend: render, diff, present; read a key; reduce; perform
/// the effects; repeat until the user quits or input ends.
public final class AppRuntime {
  public private(set) var state: AppState
  public private(set) var theme: Theme
  private let backend: TerminalBackend
  private let themes: ThemeCatalog
  /// Where changes are saved; nil when the app only shows records.
  private let store: (any DomainStore)?
  /// The moment a change is stamped with; by default the state's `now`.
  private let clock: (() -> Timestamp)?
  /// The operator's list preferences file; nil keeps them for this session only.
  private let preferencesPath: String?
  /// What the terminal shows now, and the frame being drawn.
  private var front: Buffer
  private var back: Buffer

  public init(
    state: AppState, backend: TerminalBackend, themes: ThemeCatalog, theme: Theme,
    store: (any DomainStore)? = nil, clock: (() -> Timestamp)? = nil,
    preferencesPath: String? = nil
  ) {
    var initial = state
    initial.size = backend.size
    self.state = initial
    self.backend = backend
    self.themes = themes
    self.theme = theme
    self.store = store
    self.clock = clock
    self.preferencesPath = preferencesPath
    self.front = Buffer(size: Size(width: 0, height: 0))
    self.back = Buffer(size: initial.size)
  }

  /// Draws frames and handles keys until the user quits or the input ends.
  public func run() {
    AppReducer.scrollSelectionIntoView(&state)
    renderFrame()
    finishStart()
    while !state.isQuitting, let key = backend.readKey() {
      handle(key)
      if !state.isQuitting { renderFrame() }
    }
  }

  /// Work that waits until the first frame is shown: building the search indexes.
  public func finishStart() {
    if state.enterprises.search.engine == nil { dispatch(.buildSearchIndex) }
  }

  /// Handles one key: a resize re-reads the size; other keys go through the key map.
  public func handle(_ key: Key) {
    if key == .resize {
      dispatch(.terminalResized(backend.size))
      return
    }
    if let action = KeyRouter.action(for: key, in: state) { dispatch(action) }
  }

  /// Reduces one action and performs its effects.
  public func dispatch(_ action: Action) {
    let effects = AppReducer.reduce(&state, action)
    for effect in effects { perform(effect) }
  }

  /// Renders the state, sends only the changed cells, and swaps the buffers.
  public func renderFrame() {
    if back.size != state.size { back.resize(to: state.size) }
    AppView.render(state, into: &back)
    let changes = back.changes(from: front)
    let theme = self.theme
    backend.present(changes, cursor: back.cursor, style: { theme.style(for: $0) })
    swap(&front, &back)
  }

  private func perform(_ effect: Effect) {
    switch effect {
    case .quit:
      break
    case .redrawScreen:
      backend.invalidate()
      front = Buffer(size: Size(width: 0, height: 0))
    case .applyTheme(let name):
      let (resolved, problem) = themes.resolve(name)
      if let problem {
        dispatch(.problemReported(problem))
        return
      }
      theme = resolved
      backend.invalidate()
      front = Buffer(size: Size(width: 0, height: 0))
      dispatch(.themeApplied(resolved.name))
    case .savePreferences(let preferences):
      guard let preferencesPath else { return }
      do {
        try ListPreferencesFile.save(preferences, path: preferencesPath)
      } catch {
        dispatch(.problemReported(state.strings.format(.preferencesNotSaved, "\(error)")))
      }
    case .importEnterprises(let path, let update):
      guard let store else {
        dispatch(.changeRefused(.notSaved(state.strings[.workspaceNotWritable])))
        return
      }
      importEnterprises(path: path, update: update, store: store)
    case .exportEnterprises(let ids, let columns, let path):
      exportEnterprises(ids: ids, columns: columns, path: path)
    case .exportTable(let columns, let headers, let rows, let path):
      exportTable(columns: columns, headers: headers, rows: rows, path: path)
    case .performAll(let commands):
      guard let store else {
        dispatch(.changeRefused(.notSaved(state.strings[.workspaceNotWritable])))
        return
      }
      let time = clock?() ?? state.now
      var events: [Event] = []
      var refused: [String] = []
      for command in commands {
        do {
          events += try store.make(command, by: state.actor, at: time)
        } catch {
          refused.append(state.strings.describe(error))
        }
      }
      if !events.isEmpty { dispatch(.domainChanged(store.state, events)) }
      dispatch(.bulkFinished(done: commands.count - refused.count, refused: refused))
    case .performBatch(let commands):
      performBatch(commands)
    case .perform(let command):
      guard let store else {
        dispatch(.changeRefused(.notSaved(state.strings[.workspaceNotWritable])))
        return
      }
      let time = clock?() ?? state.now
      do {
        let events = try store.make(command, by: state.actor, at: time)
        dispatch(.domainChanged(store.state, events))
      } catch {
        dispatch(.changeRefused(error))
      }
    case .loadHistory(let record):
      dispatch(.historyLoaded(record, store?.history(of: record) ?? []))
    }
  }

  /// Makes several changes as one: each executed on the state the ones before it leave, then
  /// saved as one batch (all or none).
  private func performBatch(_ commands: [Command]) {
    guard let store else {
      dispatch(.changeRefused(.notSaved(state.strings[.workspaceNotWritable])))
      return
    }
    let time = clock?() ?? state.now
    var domain = store.state
    var events: [Event] = []
    do throws(Refusal) {
      for command in commands {
        events += try Domain.perform(command, by: state.actor, at: time, on: &domain)
      }
    } catch {
      dispatch(.changeRefused(.refused(error.message)))
      return
    }
    do {
      try store.record(events)
    } catch {
      dispatch(.changeRefused(error))
      return
    }
    dispatch(.domainChanged(store.state, events))
  }
}
