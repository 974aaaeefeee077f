extension Buffer {
  /// The cells that must be sent to a terminal showing `previous` so that it shows `self`.
  ///
  /// Only changed cells are listed, in row order. A changed continuation cell is sent as its
  /// wide character's lead cell (drawing the lead redraws both columns). When the sizes differ,
  /// every cell is listed.
  public func changes(from previous: Buffer) -> [CellChange] {
    var result: [CellChange] = []
    let full = previous.size != size
    let width = size.width
    cells.withUnsafeBufferPointer { now in
      previous.cells.withUnsafeBufferPointer { before in
        for y in 0..<size.height {
          let rowStart = y * width
          var lastSent = -1
          for x in 0..<width {
            let index = rowStart + x
            let cell = now[index]
            if !full && cell == before[index] { continue }
            if cell.isContinuation {
              if x > 0 && lastSent != x - 1 {
                result.append(CellChange(x: x - 1, y: y, cell: now[index - 1]))
                lastSent = x - 1
              }
              continue
            }
            result.append(CellChange(x: x, y: y, cell: cell))
            lastSent = x
          }
        }
      }
    }
    return result
  }
}
