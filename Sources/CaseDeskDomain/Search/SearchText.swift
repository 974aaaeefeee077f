/// The normalisation that search applies to both the data and the query.
///
/// Traditional characters fold to simplified, ASCII letters to lower case, full-width ASCII to
/// half-width, and runs of whitespace collapse to one space with none at either end.
public enum SearchText {
  /// `text` normalised for search: `"  鋼鐵 ＡＢＣ  Co. "` becomes `"钢铁 abc co."`.
  public static func normalise(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for value in normalisedScalars(text) {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    return String(scalars)
  }

  /// The code points of `normalise(text)`.
  static func normalisedScalars(_ text: String) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(text.utf8.count)
    normalisedScalars(text, HanTables.shared, into: &out)
    return out
  }

  /// Appends the code points of `normalise(text)` to `out`.
  static func normalisedScalars(_ text: String, _ tables: HanTables, into out: inout [UInt32]) {
    let base = out.count
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let value = fold(scalar.value, tables)
      if isSpace(value) {
        pendingSpace = out.count > base
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(value)
    }
  }

  /// One code point folded: full-width to half-width, traditional to simplified, lower case.
  @inline(__always)
  static func fold(_ value: UInt32, _ tables: HanTables) -> UInt32 {
    var value = value
    if value >= 0xFF01 && value <= 0xFF5E {
      value -= 0xFEE0
    } else if value == 0x3000 {
      value = 0x20
    } else if value >= 0x2E80 {
      value = tables.simplified(value)
    }
    if value >= 0x41 && value <= 0x5A { value += 0x20 }
    return value
  }

  /// Whether `value` is whitespace (ASCII, no-break and ideographic spaces, line separators).
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }

  /// Appends the UTF-8 encoding of `value` to `bytes`.
  @inline(__always)
  static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else if value < 0x10000 {
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else {
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }
}
