/// Finds TOML that would trip an assertion inside toml++ rather than a parse error.
///
/// toml++ asserts (and in release builds assumes) that an array element does not start with
/// `}`. This scan follows strings and comments well enough to find a `}` right after `[` or `,`
/// outside them; such text is never valid TOML, so rejecting it early loses nothing.
enum TOMLHazardScan {
  /// The 1-based line of a `}` that directly follows `[` or `,`, or nil when there is none.
  static func lineOfMisplacedBrace(in text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    var line = 1
    var index = 0
    var previous: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\n":
        line += 1
        index += 1
      case " ", "\t", "\r":
        index += 1
      case "#":
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case "\"", "'":
        index = skipString(scalars, from: index, line: &line)
        previous = scalar
      case "}":
        if previous == "[" || previous == "," { return line }
        previous = scalar
        index += 1
      default:
        previous = scalar
        index += 1
      }
    }
    return nil
  }

  /// The index after the string starting at `start`, counting the lines it spans.
  private static func skipString(
    _ scalars: [Unicode.Scalar], from start: Int, line: inout Int
  ) -> Int {
    let quote = scalars[start]
    let triple =
      start + 2 < scalars.count && scalars[start + 1] == quote && scalars[start + 2] == quote
    var index = start + (triple ? 3 : 1)
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\", quote == "\"" {
        if index + 1 < scalars.count, scalars[index + 1] == "\n" { line += 1 }
        index += 2
        continue
      }
      if scalar == "\n" {
        if !triple { return index }
        line += 1
      }
      if scalar == quote {
        if !triple { return index + 1 }
        if index + 2 < scalars.count, scalars[index + 1] == quote, scalars[index + 2] == quote {
          var end = index + 3
          while end < scalars.count, scalars[end] == quote, end < index + 5 { end += 1 }
          return end
        }
      }
      index += 1
    }
    return index
  }
}
