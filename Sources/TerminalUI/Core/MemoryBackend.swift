/// A terminal in memory: keys come from a list, drawing lands in a buffer.
///
/// Used by tests, by benchmarks and by `casedesk --headless`. It counts what it was sent, so
/// tests can check that a small change sends few cells.
public final class MemoryBackend: TerminalBackend {
  public private(set) var size: Size
  public let colorDepth: ColorDepth
  /// What the screen shows now.
  public private(set) var screen: Buffer
  /// Where the cursor is (nil when hidden).
  public private(set) var cursor: Point?
  /// Cells sent by the last `present`.
  public private(set) var lastChanges: [CellChange] = []
  /// Number of `present` calls so far.
  public private(set) var frameCount = 0
  private var pendingKeys: [Key]
  private var nextKey = 0

  public init(size: Size, keys: [Key] = [], colorDepth: ColorDepth = .ansi256) {
    self.size = size
    self.colorDepth = colorDepth
    self.screen = Buffer(size: size)
    self.pendingKeys = keys
  }

  /// Adds keys to be read later.
  public func enqueue(_ keys: [Key]) { pendingKeys += keys }

  /// Changes the size and queues a resize key, as a terminal does.
  public func resize(to newSize: Size) {
    size = newSize
    pendingKeys.insert(.resize, at: nextKey)
  }

  public func readKey() -> Key? {
    guard nextKey < pendingKeys.count else { return nil }
    defer { nextKey += 1 }
    return pendingKeys[nextKey]
  }

  public func present(_ changes: [CellChange], cursor: Point?, style: (StyleRole) -> ResolvedStyle)
  {
    if screen.size != size { screen.resize(to: size) }
    for change in changes { screen.set(change.cell, x: change.x, y: change.y) }
    self.cursor = cursor
    screen.cursor = cursor
    lastChanges = changes
    frameCount += 1
  }

  public func invalidate() {
    screen = Buffer(size: size, fill: Cell("\u{0}", width: 1))
  }
}
