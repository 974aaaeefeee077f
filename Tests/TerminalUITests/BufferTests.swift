import TerminalUI
import Testing

@Suite struct BufferTests {
  @Test func wideCharacterTakesTwoCells() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    let written = buffer.write("鞍山", x: 0, y: 0, role: .normal)
    #expect(written == 4)
    #expect(buffer[0, 0].width == 2)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer.rowText(0) == "鞍山  ")
  }

  @Test func overwritingTheLeadBlanksTheContinuation() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.write("钢", x: 0, y: 0, role: .listRow)
    buffer.put("a", x: 0, y: 0, role: .normal)
    #expect(buffer[1, 0] == Cell(" ", width: 1, role: .listRow))
    #expect(buffer.rowText(0) == "a   ")
  }

  @Test func overwritingTheContinuationBlanksTheLead() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.write("钢", x: 0, y: 0, role: .listRow)
    buffer.put("b", x: 1, y: 0, role: .normal)
    #expect(buffer[0, 0] == Cell(" ", width: 1, role: .listRow))
    #expect(buffer.rowText(0) == " b  ")
  }

  @Test func wideCharacterOverHalfOfAnotherRepairsIt() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    buffer.write("钢铁", x: 0, y: 0, role: .normal)
    buffer.put("集", x: 1, y: 0, role: .normal)
    #expect(buffer.rowText(0) == " 集  ")
    #expect(buffer[3, 0].width == 1)
  }

  @Test func wideCharacterAtTheRightEdgeIsClippedToABlank() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    let written = buffer.write("鞍山钢", x: 0, y: 0, role: .normal)
    #expect(written == 5)
    #expect(buffer.rowText(0) == "鞍山 ")
    #expect(buffer[4, 0].width == 1)
    #expect(buffer.put("铁", x: 4, y: 0, role: .normal) == 0)
  }

  @Test func writeStopsAtMaxWidth() {
    var buffer = Buffer(size: Size(width: 8, height: 1))
    buffer.write("鞍山钢铁", x: 1, y: 0, role: .normal, maxWidth: 3)
    #expect(buffer.rowText(0) == " 鞍     ")
  }

  @Test func fillRepairsWideCharactersCutByItsEdges() {
    var buffer = Buffer(size: Size(width: 6, height: 2))
    buffer.write("鞍山钢", x: 0, y: 0, role: .normal)
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "x", role: .dim)
    #expect(buffer.rowText(0) == " xx 钢")
    #expect(buffer[0, 0].width == 1)
    #expect(buffer[3, 0].width == 1)
    #expect(buffer[4, 0].width == 2)
  }

  @Test func fillWithAWideCharacter() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    buffer.fill(buffer.bounds, with: "█", role: .progressFilled)
    #expect(buffer.rowText(0) == "█████")
    buffer.fill(buffer.bounds, with: "中", role: .normal)
    #expect(buffer.rowText(0) == "中中 ")
  }

  @Test func widgetMarkersAreOneColumnWide() {
    for marker: Character in ["▶", "●", "▲", "▼", "…", "✔", "✖", "·", "█", "░", "◀", "─", "┌"] {
      #expect(DisplayWidth.columns(marker) == 1, "\(marker)")
    }
  }
}

@Suite struct CellStorageTests {
  @Test func cellsAreEightBytesOfPlainData() {
    #expect(MemoryLayout<Cell>.size <= 8)
    #expect(_isPOD(Cell.self))
  }

  @Test func multiCodePointGraphemesRoundTrip() {
    let accented: Character = "e\u{301}"
    let cell = Cell(accented, width: 1, role: .listRow)
    #expect(cell.character == accented)
    #expect(cell.role == .listRow)
    #expect(
      Cell("钢", width: 2, role: "status.positive.listed").role.name == "status.positive.listed")
  }

  @Test func combiningMarkJoinsThePreviousCellWhenWritten() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    let written = buffer.write("cafe\u{301}!", x: 0, y: 0, role: .normal)
    #expect(written == 5)
    #expect(buffer[3, 0].character == "e\u{301}")
    #expect(buffer[4, 0].character == "!")
  }

  @Test func zeroWidthThatFormsNoGraphemeIsDropped() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.write("a\u{200B}b", x: 0, y: 0, role: .normal)
    #expect(buffer.rowText(0) == "ab  ")
  }

  @Test func controlCharactersDrawAsReplacement() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.write("a\u{7}b", x: 0, y: 0, role: .normal)
    #expect(buffer.rowText(0) == "a\u{FFFD}b ")
  }
}
