import TOMLKit

/// Parses TOML with TOMLKit (toml++), first rejecting input that toml++ cannot take safely.
///
/// toml++ asserts instead of throwing on a few malformed inputs (a table header whose first
/// character cannot start a key, a `}` where a value belongs): undefined behaviour in a release
/// build. A NUL would end the C string early. Such text is refused here with its line, so no
/// theme or config file, however broken, can crash the app.
public enum SafeTOML {
  /// Parses `text`; throws the line and reason of the first problem.
  public static func parse(_ text: String) throws(SafeTOMLError) -> TOMLTable {
    try rejectUnsafeInput(text)
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw SafeTOMLError(line: error.source.begin.line, reason: error.description)
    } catch {
      throw SafeTOMLError(line: nil, reason: "not a TOML document: \(error)")
    }
  }

  private static func rejectUnsafeInput(_ text: String) throws(SafeTOMLError) {
    if let line = TOMLHazardScan.lineOfMisplacedBrace(in: text) {
      throw SafeTOMLError(line: line, reason: "unexpected \"}\" where a value belongs")
    }
    var line = 0
    for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      line += 1
      if rawLine.contains("\0") {
        throw SafeTOMLError(line: line, reason: "NUL character in the file")
      }
      if rawLine.contains(where: { ["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }) {
        throw SafeTOMLError(line: line, reason: "Unicode line separator in the file")
      }
      var scalars = rawLine[...]
      func skipSpace() {
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
      }
      skipSpace()
      guard scalars.first == "[" else { continue }
      scalars.removeFirst()
      skipSpace()
      if scalars.first == "[" {
        scalars.removeFirst()
        skipSpace()
      }
      switch scalars.first {
      case .some("a"..."z"), .some("A"..."Z"), .some("0"..."9"), "_", "-", "\"", "'", "]":
        continue
      default:
        throw SafeTOMLError(
          line: line, reason: "a table header must start with a key, like [styles]")
      }
    }
  }
}

/// Why `SafeTOML` refused a text: the line (when known) and the reason.
public struct SafeTOMLError: Error, Equatable, Sendable {
  public var line: Int?
  public var reason: String

  public init(line: Int?, reason: String) {
    self.line = line
    self.reason = reason
  }
}
