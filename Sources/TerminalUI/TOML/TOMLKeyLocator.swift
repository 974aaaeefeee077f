/// Finds the line where a TOML key is written, since TOMLKit does not report value positions.
///
/// It scans the text once, tracking table headers (`[styles]`, `[styles."list.row"]`), dotted
/// and quoted keys, and values that span lines (arrays, multi-line strings), and records the
/// first line of every key path and each of its prefixes. It is tolerant: text it cannot follow
/// is skipped, and a lookup that finds nothing returns nil.
public struct TOMLKeyLocator: Sendable {
  private var lines: [[String]: Int] = [:]

  /// Scans `text` for keys.
  public init(text: String) {
    var table: [String] = []
    var value = ValueScan()
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let scalars = Array(rawLine.unicodeScalars)
      if value.continues {
        value.scan(scalars, from: 0)
        continue
      }
      var index = Self.skipSpace(scalars, from: 0)
      guard index < scalars.count, scalars[index] != "#" else { continue }
      if scalars[index] == "[" {
        index += 1
        if index < scalars.count, scalars[index] == "[" { index += 1 }
        guard let (path, _) = Self.parseKeyPath(scalars, from: index) else { continue }
        table = path
        record(path, line: lineNumber)
        continue
      }
      guard let (path, end) = Self.parseKeyPath(scalars, from: index) else { continue }
      let equals = Self.skipSpace(scalars, from: end)
      guard equals < scalars.count, scalars[equals] == "=" else { continue }
      record(table + path, line: lineNumber)
      value.scan(scalars, from: equals + 1)
    }
  }

  /// The line of the key path, or of its nearest recorded ancestor; nil when none is found.
  public func line(for path: [String]) -> Int? {
    var candidate = path
    while !candidate.isEmpty {
      if let line = lines[candidate] { return line }
      candidate.removeLast()
    }
    return nil
  }

  private mutating func record(_ path: [String], line: Int) {
    guard !path.isEmpty else { return }
    for length in 1...path.count {
      let prefix = Array(path.prefix(length))
      if lines[prefix] == nil { lines[prefix] = line }
    }
  }

  private static func skipSpace(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count,
      scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\r"
    {
      index += 1
    }
    return index
  }

  /// Parses `a."b.c".d` into its parts and returns them with the index after the path.
  private static func parseKeyPath(
    _ scalars: [Unicode.Scalar], from start: Int
  ) -> ([String], Int)? {
    var parts: [String] = []
    var index = start
    while true {
      index = skipSpace(scalars, from: index)
      guard index < scalars.count else { return nil }
      var part = ""
      let first = scalars[index]
      if first == "\"" || first == "'" {
        index += 1
        var closed = false
        while index < scalars.count {
          let scalar = scalars[index]
          if scalar == first {
            closed = true
            index += 1
            break
          }
          if first == "\"", scalar == "\\", index + 1 < scalars.count {
            index += 1
          }
          part.unicodeScalars.append(scalars[index])
          index += 1
        }
        guard closed else { return nil }
      } else {
        while index < scalars.count, isBareKeyScalar(scalars[index]) {
          part.unicodeScalars.append(scalars[index])
          index += 1
        }
        guard !part.isEmpty else { return nil }
      }
      parts.append(part)
      index = skipSpace(scalars, from: index)
      guard index < scalars.count, scalars[index] == "." else { return (parts, index) }
      index += 1
    }
  }

  private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
    default: return false
    }
  }
}

/// The state of a value being scanned: open brackets and an unfinished multi-line string.
private struct ValueScan {
  var depth = 0
  var multilineDelimiter: Unicode.Scalar?

  var continues: Bool { depth > 0 || multilineDelimiter != nil }

  mutating func scan(_ scalars: [Unicode.Scalar], from start: Int) {
    var index = start
    while index < scalars.count {
      if let delimiter = multilineDelimiter {
        if Self.isTriple(scalars, at: index, delimiter) {
          multilineDelimiter = nil
          index += 3
        } else {
          if delimiter == "\"", scalars[index] == "\\" { index += 1 }
          index += 1
        }
        continue
      }
      let scalar = scalars[index]
      switch scalar {
      case "#":
        return
      case "\"", "'":
        if Self.isTriple(scalars, at: index, scalar) {
          multilineDelimiter = scalar
          index += 3
          continue
        }
        index += 1
        while index < scalars.count, scalars[index] != scalar {
          if scalar == "\"", scalars[index] == "\\" { index += 1 }
          index += 1
        }
        index += 1
      case "[", "{":
        depth += 1
        index += 1
      case "]", "}":
        depth = max(0, depth - 1)
        index += 1
      default:
        index += 1
      }
    }
  }

  private static func isTriple(
    _ scalars: [Unicode.Scalar], at index: Int, _ delimiter: Unicode.Scalar
  ) -> Bool {
    index + 2 < scalars.count && scalars[index] == delimiter && scalars[index + 1] == delimiter
      && scalars[index + 2] == delimiter
  }
}
