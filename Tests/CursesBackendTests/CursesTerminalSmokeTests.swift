import CNCursesW
import Foundation
import Testing

@testable import CursesBackend
@testable import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

extension ProcessStateTests {
  /// Drives the real backend without a TTY: output to a file, input from a file.
  @Suite struct CursesTerminalSmokeTests {
    /// Files for one run: the terminal's output and its prepared input.
    struct Files {
      let directory: URL
      var output: URL { directory.appendingPathComponent("output") }
      var input: URL { directory.appendingPathComponent("input") }

      init(input bytes: [UInt8]) throws {
        directory = FileManager.default.temporaryDirectory
          .appendingPathComponent("curses-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: input)
      }

      func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// Opens a terminal on the files, runs `body`, closes it and returns what it wrote.
    func run(
      termType: String, environment: [String: String] = [:], input: [UInt8] = [],
      _ body: (CursesTerminal) throws -> Void
    ) throws -> [UInt8] {
      let files = try Files(input: input)
      defer { files.remove() }
      let output = try #require(fopen(files.output.path, "w"))
      let inputFile = try #require(fopen(files.input.path, "r"))
      defer {
        fclose(output)
        fclose(inputFile)
      }
      let terminal = try CursesTerminal.open(
        termType: termType, output: output, input: inputFile, environment: environment)
      defer { terminal.close() }
      try body(terminal)
      terminal.close()
      fflush(output)
      return Array(try Data(contentsOf: files.output))
    }

    static let accent = ResolvedStyle(
      foreground: TerminalColor(red: 0, green: 128, blue: 128, index256: 30, index16: 6),
      background: nil, attributes: [.bold], monochrome: [.reverse])

    static let sample: [CellChange] = [
      CellChange(x: 0, y: 0, cell: Cell("┌", role: .border)),
      CellChange(x: 1, y: 0, cell: Cell("中", width: 2, role: .title)),
      CellChange(x: 2, y: 0, cell: Cell(" ", width: 0, role: .title)),
      CellChange(x: 3, y: 0, cell: Cell("A", role: .normal)),
      CellChange(x: 4, y: 0, cell: Cell("│", role: .border)),
    ]

    @Test func drawsChineseAndLeavesTheAlternateScreen() throws {
      let bytes = try run(termType: "xterm-256color") { terminal in
        #expect(terminal.colorDepth == .ansi256)
        #expect(terminal.size.width > 0 && terminal.size.height > 0)
        terminal.present(Self.sample, cursor: Point(x: 3, y: 0)) { _ in Self.accent }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("中"))
      #expect(text.contains("┌"))
      #expect(text.contains("\u{1B}[?1049h"), "enters the alternate screen")
      #expect(text.contains("38;5;30"), "draws the 256-colour index")
      let rmcup = try #require(text.range(of: "\u{1B}[?1049l", options: .backwards))
      #expect(text.range(of: "中")?.lowerBound ?? text.endIndex < rmcup.lowerBound)
      let tail = text[rmcup.upperBound...]
      #expect(
        tail.count < 40 && !tail.contains(where: { !$0.isASCII }),
        "only mode resets follow rmcup: \(tail.debugDescription)")
    }

    @Test func readsCharactersChineseControlAndArrowKeysThenEndOfInput() throws {
      let input = Array("x中\u{3}\u{1B}OA\r".utf8)
      var keys: [Key?] = []
      _ = try run(termType: "xterm-256color", input: input) { terminal in
        for _ in 0..<6 { keys.append(terminal.readKey()) }
      }
      #expect(keys == [.character("x"), .character("中"), .control("c"), .up, .enter, nil])
    }

    @Test func noColorDrawsWithoutColourSequences() throws {
      let bytes = try run(termType: "xterm-256color", environment: ["NO_COLOR": "1"]) {
        terminal in
        #expect(terminal.colorDepth == .monochrome)
        terminal.present(Self.sample, cursor: nil) { _ in Self.accent }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("中"))
      #expect(!text.contains("38;5"))
      #expect(
        text.range(of: "\\[([0-9;]*;)?[34][0-7](;[0-9;]*)?m", options: .regularExpression) == nil)
      let reverse = text.range(of: "\u{1B}\\[(0;)?7m", options: .regularExpression)
      #expect(reverse != nil, "monochrome attributes: reverse")
    }

    @Test func vt100IsMonochrome() throws {
      let bytes = try run(termType: "vt100") { terminal in
        #expect(terminal.colorDepth == .monochrome)
        terminal.present(Self.sample, cursor: Point(x: 0, y: 0)) { _ in Self.accent }
      }
      #expect(String(decoding: bytes, as: UTF8.self).contains("中"))
    }

    @Test func unknownTerminalThrowsAndLaterOpensWork() throws {
      #expect(throws: CursesError.unknownTerminal("no-such-terminal-xyz")) {
        _ = try run(termType: "no-such-terminal-xyz") { _ in }
      }
      #expect(throws: CursesError.unknownTerminal("")) {
        _ = try run(termType: "") { _ in }
      }
      let bytes = try run(termType: "xterm-256color") { _ in }
      #expect(!bytes.isEmpty)
    }

    @Test func dumbTerminalIsRefused() throws {
      #expect(throws: CursesError.unknownTerminal("dumb")) {
        _ = try run(termType: "dumb") { _ in }
      }
    }

    @Test func closeIsIdempotentAndEndsTheTerminal() throws {
      var captured: CursesTerminal?
      _ = try run(termType: "xterm-256color", input: Array("q".utf8)) { terminal in
        captured = terminal
        #expect(!terminal.isClosed)
      }
      let terminal = try #require(captured)
      #expect(terminal.isClosed)
      terminal.close()
      #expect(terminal.readKey() == nil)
      terminal.present(Self.sample, cursor: nil) { _ in .plain }
      terminal.invalidate()
    }

    @Test func secondOpenWhileOneIsOpenThrows() throws {
      _ = try run(termType: "xterm-256color") { _ in
        #expect(throws: CursesError.alreadyOpen) {
          _ = try CursesTerminal.open(
            termType: "xterm-256color", output: cncw_stdout(), input: cncw_stdin())
        }
      }
    }

    @Test func invalidateRepaintsTheWholeScreenAndNilCursorHidesIt() throws {
      let bytes = try run(termType: "xterm-256color") { terminal in
        terminal.present(Self.sample, cursor: Point(x: 1, y: 0)) { _ in Self.accent }
        terminal.present([], cursor: nil) { _ in Self.accent }
        terminal.invalidate()
        terminal.present(Self.sample, cursor: Point(x: 1, y: 0)) { _ in Self.accent }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let clears = text.components(separatedBy: "\u{1B}[2J").count - 1
      #expect(clears == 2, "the first frame and the frame after invalidate clear the screen")
      #expect(text.components(separatedBy: "中").count - 1 == 2)
      #expect(text.contains("\u{1B}[?25l"), "cursor hidden")
      #expect(text.contains("\u{1B}[?25h"), "cursor shown")
    }

    @Test func cellsOutsideTheScreenAreDropped() throws {
      let bytes = try run(termType: "xterm-256color") { terminal in
        let size = terminal.size
        let outside = [
          CellChange(x: size.width, y: 0, cell: Cell("X")),
          CellChange(x: 0, y: size.height, cell: Cell("Y")),
          CellChange(x: -1, y: 0, cell: Cell("Z")),
          CellChange(x: size.width - 1, y: 0, cell: Cell("中", width: 2)),
        ]
        terminal.present(outside, cursor: Point(x: size.width + 5, y: 0)) { _ in .plain }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains("X") && !text.contains("Y") && !text.contains("Z"))
      #expect(!text.contains("中"), "a wide character at the last column becomes U+FFFD")
      #expect(text.contains("\u{FFFD}"))
    }

    @Test func errorMessagesAreOneLine() {
      for error in [CursesError.unknownTerminal("xyz"), .unknownTerminal(""), .alreadyOpen] {
        #expect(!error.description.contains("\n"))
      }
      #expect(CursesError.unknownTerminal("xyz").description.contains("'xyz'"))
    }
  }
}
