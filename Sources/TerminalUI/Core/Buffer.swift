/// A grid of cells that widgets draw into; the screen is a function of state into a buffer.
///
/// Invariant: a wide character's lead cell (width 2) is always followed by its continuation
/// cell (width 0) on the same row, and a continuation never stands alone. Every write that would
/// break a wide character in half blanks the other half instead ("repairs" it).
public struct Buffer: Equatable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]
  /// Where the real terminal cursor should sit (screen readers follow it); nil hides it.
  public var cursor: Point?

  public init(size: Size, fill: Cell = .blank()) {
    self.size = size
    self.cells = Array(repeating: fill, count: size.width * size.height)
    self.cursor = nil
  }

  /// The whole buffer as a rectangle.
  public var bounds: Rect { Rect(size: size) }

  /// The cell at a position; a blank cell outside the buffer.
  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank() }
    return cells[y * size.width + x]
  }

  /// Sets one cell, keeping wide characters whole: whatever half of a wide character the
  /// write hits, its other half becomes a blank in that half's role.
  public mutating func set(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
    let index = y * size.width + x
    breakWideCharacter(at: index, x: x)
    if cell.width == 2 {
      guard x + 1 < size.width else {
        cells[index] = .blank(roleNumber: cell.roleNumber)
        return
      }
      breakWideCharacter(at: index + 1, x: x + 1)
      cells[index] = cell
      cells[index + 1] = Cell(scalar: " ", width: 0, roleNumber: cell.roleNumber)
    } else {
      var narrow = cell
      narrow.width = 1
      cells[index] = narrow
    }
  }

  /// Blanks the other half of a wide character that covers `index`, if any.
  private mutating func breakWideCharacter(at index: Int, x: Int) {
    let current = cells[index]
    if current.width == 0, x > 0 {
      cells[index - 1] = .blank(roleNumber: cells[index - 1].roleNumber)
      cells[index] = .blank(roleNumber: current.roleNumber)
    } else if current.width == 2, x + 1 < size.width {
      cells[index + 1] = .blank(roleNumber: cells[index + 1].roleNumber)
    }
  }

  /// Writes one grapheme at a position in a role.
  ///
  /// Returns the columns it took (0 when it did not fit inside `clip`). Non-printable
  /// characters are drawn as `�`.
  @discardableResult
  public mutating func put(
    _ character: Character, x: Int, y: Int, role: StyleRole, clip: Rect? = nil
  ) -> Int {
    let area = clip.map { $0.intersection(bounds) } ?? bounds
    let drawn: Character = DisplayWidth.isPrintable(character) ? character : "\u{FFFD}"
    let width = DisplayWidth.columns(drawn)
    guard width > 0, width <= 2 else { return 0 }
    guard y >= area.y, y < area.maxY, x >= area.x, x + width <= area.maxX else { return 0 }
    set(Cell(drawn, width: UInt8(width), role: role), x: x, y: y)
    return width
  }

  /// Writes text on one row.
  ///
  /// Starts at `x`, clipped to `clip` (default: the whole buffer) and to `maxWidth` columns;
  /// returns the columns written. Goes code point by code point as ncursesw does: a zero-width
  /// mark joins the cell before it, a non-printable one is drawn as `�`, and a wide character
  /// that would straddle the edge is left out and its column padded with a blank. A line
  /// break ends the text.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil,
    clip: Rect? = nil
  ) -> Int {
    var area = clip.map { $0.intersection(bounds) } ?? bounds
    if let maxWidth { area = area.intersection(Rect(x: x, y: y, width: maxWidth, height: 1)) }
    guard y >= area.y, y < area.maxY else { return 0 }
    var column = x
    var lastLead = -1
    let rowStart = y * size.width
    let roleNumber = role.number
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x0A || value == 0x0D { break }
      var width = DisplayWidth.of(scalar)
      var drawn = scalar
      if width == 0 && value != 0 {
        if lastLead >= 0 { appendMark(scalar, toCellAt: lastLead) }
        continue
      } else if width <= 0 {
        drawn = "\u{FFFD}"
        width = 1
      }
      if column + width > area.maxX {
        if column < area.maxX, column >= area.x {
          set(.blank(roleNumber: roleNumber), x: column, y: y)
          column += 1
        }
        break
      }
      if column >= area.x {
        let index = rowStart + column
        let cell = Cell(scalar: drawn, width: UInt8(width), roleNumber: roleNumber)
        if width == 1 && cells[index].width == 1
          && (column + 1 >= size.width || cells[index + 1].width != 0)
        {
          cells[index] = cell
        } else {
          set(cell, x: column, y: y)
        }
        lastLead = index
      } else {
        lastLead = -1
      }
      column += width
    }
    return column - x
  }

  /// Joins a zero-width mark to the grapheme in a cell, when it forms one grapheme with it.
  private mutating func appendMark(_ scalar: Unicode.Scalar, toCellAt index: Int) {
    var combined = String(cells[index].character)
    combined.unicodeScalars.append(scalar)
    if combined.count == 1, let character = combined.first { cells[index].character = character }
  }

  /// Fills a rectangle with one character (default blank) in a role.
  public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let width = DisplayWidth.columns(character)
    if width == 1 {
      let cell = Cell(character, width: 1, role: role)
      for y in area.y..<area.maxY {
        // Repair wide characters cut by the rectangle's left and right edges.
        if area.x > 0 { breakWideCharacter(at: y * size.width + area.x, x: area.x) }
        if area.maxX < size.width {
          breakWideCharacter(at: y * size.width + area.maxX - 1, x: area.maxX - 1)
        }
        let start = y * size.width + area.x
        cells.withUnsafeMutableBufferPointer { pointer in
          guard let base = pointer.baseAddress else { return }
          (base + start).update(repeating: cell, count: area.width)
        }
      }
    } else {
      for y in area.y..<area.maxY {
        var x = area.x
        while x < area.maxX {
          let written = put(character, x: x, y: y, role: role, clip: area)
          // A wide character does not fit in the last column: blank it instead.
          if written == 0 { set(.blank(role), x: x, y: y) }
          x += max(1, written)
        }
      }
    }
  }

  /// Changes the role of every cell in a rectangle, keeping its characters.
  public mutating func setRole(_ role: StyleRole, in rect: Rect) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      let start = y * size.width
      for x in area.x..<area.maxX { cells[start + x].roleNumber = role.number }
    }
  }

  /// Resizes the buffer; content is cleared.
  public mutating func resize(to newSize: Size) {
    size = newSize
    cells = Array(repeating: .blank(), count: newSize.width * newSize.height)
    cursor = nil
  }

  /// The text of one row, with continuation cells left out, trailing blanks kept.
  public func rowText(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var text = ""
    let start = y * size.width
    for cell in cells[start..<(start + size.width)] where !cell.isContinuation {
      text.append(cell.character)
    }
    return text
  }

  /// Every row's text, trailing blanks trimmed, joined by newlines.
  public var text: String {
    (0..<size.height).map { row in
      var line = rowText(row)
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
