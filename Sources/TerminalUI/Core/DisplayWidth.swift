/// Display width of text in terminal columns, agreeing with glibc `wcwidth` (C.UTF-8).
///
/// ncursesw places characters with `wcwidth`, so layouts computed here line up on screen.
/// Code points `wcwidth` calls non-printable (-1) are drawn as a one-column replacement.
public enum DisplayWidth {
  /// The width `wcwidth` gives this scalar: -1, 0, 1 or 2.
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    return lookup(value)
  }

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

  /// Columns one grapheme takes on screen: its first scalar's width; non-printables count as 1.
  @inlinable
  public static func columns(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let width = of(first)
    return width < 0 ? 1 : width
  }

  /// Columns a whole string takes on screen.
  public static func columns(_ text: String) -> Int {
    var total = 0
    for character in text { total += columns(character) }
    return total
  }

  /// Whether a grapheme can be drawn as is (otherwise a replacement character is drawn).
  @inlinable
  public static func isPrintable(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return of(first) > 0 || (of(first) == 0 && first.value != 0)
  }

  /// The longest prefix of `text` that fits in `width` columns, and the columns it takes.
  public static func prefix(_ text: String, fitting width: Int) -> (text: Substring, columns: Int) {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let w = columns(text[index])
      if used + w > width { break }
      used += w
      end = text.index(after: index)
    }
    return (text[..<end], used)
  }

  /// `text` cut to `width` columns with an ellipsis when it does not fit, padded to `width`.
  public static func fit(_ text: String, width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    let total = columns(text)
    if total <= width { return text + String(repeating: " ", count: width - total) }
    if !ellipsis || width < 2 {
      let (cut, used) = prefix(text, fitting: width)
      return String(cut) + String(repeating: " ", count: width - used)
    }
    let (cut, used) = prefix(text, fitting: width - 1)
    return String(cut) + "…" + String(repeating: " ", count: width - 1 - used)
  }
}
