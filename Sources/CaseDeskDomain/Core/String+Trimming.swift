extension String {
  /// The text without leading and trailing white space (ASCII, ideographic and other spaces).
  ///
  /// Text whose first and last characters are not white space is returned as is, without a
  /// copy.
  public var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let firstScalar = scalars.first, let lastScalar = scalars.last else { return self }
    if !firstScalar.isWhiteSpace && !lastScalar.isWhiteSpace { return self }
    guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
      let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension Unicode.Scalar {
  /// Whether the scalar has the Unicode White_Space property, without the property lookup.
  ///
  /// The property's 25 scalars are listed (they have not changed since Unicode 6.3); a test
  /// compares the list with `properties.isWhitespace` for every scalar.
  @inline(__always)
  public var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }
}
