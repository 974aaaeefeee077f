/// Display width of text in terminal columns, agreeing with glibc `wcwidth` (C.UTF-8).
///
/// ncursesw places characters with `wcwidth`, one code point at a time, so layouts computed
/// here line up on screen. Widths are summed per code point as `wcswidth` does; a code point
/// `wcwidth` calls non-printable (-1) is drawn as a one-column replacement character.
public enum DisplayWidth {
  /// The width `wcwidth` gives this scalar: -1, 0, 1 or 2.
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x10000 { return Int(basicPlane[Int(value)]) }
    return lookup(value)
  }

  /// Widths of the whole Basic Multilingual Plane, expanded once from the range table.
  @usableFromInline
  static let basicPlane: [Int8] = {
    var table = [Int8](repeating: 1, count: 0x10000)
    for index in displayWidthRangeStarts.indices {
      let start = displayWidthRangeStarts[index]
      guard start < 0x10000 else { break }
      let end = min(displayWidthRangeEnds[index], 0xFFFF)
      for value in start...end { table[Int(value)] = displayWidthRangeWidths[index] }
    }
    return table
  }()

  /// Binary search of the range table (code points above the BMP).
  @usableFromInline
  static func lookup(_ value: UInt32) -> Int {
    var low = 0
    var high = displayWidthRangeStarts.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if value < displayWidthRangeStarts[mid] {
        high = mid - 1
      } else if value > displayWidthRangeEnds[mid] {
        low = mid + 1
      } else {
        return Int(displayWidthRangeWidths[mid])
      }
    }
    return 1
  }

  /// Columns one scalar takes when drawn: a non-printable one takes 1 (its replacement).
  @inlinable
  public static func drawnColumns(_ scalar: Unicode.Scalar) -> Int {
    let width = of(scalar)
    if width >= 0 { return scalar.value == 0 ? 1 : width }
    return 1
  }

  /// Columns one grapheme takes on screen (the sum over its scalars).
  @inlinable
  public static func columns(_ character: Character) -> Int {
    var total = 0
    for scalar in character.unicodeScalars { total += drawnColumns(scalar) }
    return total
  }

  /// Columns a whole string takes on screen.
  public static func columns(_ text: some StringProtocol) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += drawnColumns(scalar) }
    return total
  }

  /// Whether a grapheme can be drawn as is (otherwise a replacement character is drawn).
  @inlinable
  public static func isPrintable(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return first.value != 0 && of(first) >= 0
  }

  /// The longest prefix of `text` that fits in `width` columns, and the columns it takes.
  public static func prefix(_ text: String, fitting width: Int) -> (text: Substring, columns: Int) {
    var used = 0
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let w = drawnColumns(scalars[index])
      if used + w > width { break }
      used += w
      index = scalars.index(after: index)
    }
    // String slicing rounds down to a grapheme boundary; recount if it did.
    let cut = text[..<index]
    return (cut, cut.endIndex == index ? used : columns(cut))
  }

  /// `text` cut to `width` columns with an ellipsis when it does not fit, padded to `width`.
  public static func fit(_ text: String, width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    let total = columns(text)
    if total <= width { return total == width ? text : text + spaces(width - total) }
    if !ellipsis || width < 2 {
      let (cut, used) = prefix(text, fitting: width)
      return String(cut) + spaces(width - used)
    }
    let (cut, used) = prefix(text, fitting: width - 1)
    return String(cut) + "…" + spaces(width - 1 - used)
  }

  private static func spaces(_ count: Int) -> String {
    count > 0 ? String(repeating: " ", count: count) : ""
  }
}
