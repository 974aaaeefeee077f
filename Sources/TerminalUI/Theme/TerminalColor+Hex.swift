extension TerminalColor {
  /// Creates a colour from `#RRGGBB`, deriving the nearest 256- and 16-colour indexes.
  ///
  /// Returns nil unless the text is `#` followed by exactly six hexadecimal digits.
  public init?(hex: String) {
    guard let (red, green, blue) = Self.parseHex(hex) else { return nil }
    self.init(
      red: red, green: green, blue: blue,
      index256: Self.nearest256(red: red, green: green, blue: blue),
      index16: Self.nearest16(red: red, green: green, blue: blue))
  }

  /// The colour as `#rrggbb`, lower case.
  public var hex: String {
    "#"
      + [red, green, blue].map { value in
        let digits = String(value, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
      }.joined()
  }

  /// The red, green and blue bytes of `#RRGGBB`, or nil when the text is not exactly that.
  static func parseHex(_ text: String) -> (UInt8, UInt8, UInt8)? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count == 7, scalars[0] == "#" else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 1, to: 7, by: 2) {
      guard let high = hexDigit(scalars[index]), let low = hexDigit(scalars[index + 1]) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return (bytes[0], bytes[1], bytes[2])
  }

  private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar {
    case "0"..."9": return UInt8(scalar.value - 48)
    case "a"..."f": return UInt8(scalar.value - 87)
    case "A"..."F": return UInt8(scalar.value - 55)
    default: return nil
    }
  }

  /// The xterm palette's RGB values for the 16 basic colours (0–7 normal, 8–15 bright).
  static let ansi16RGB: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six channel levels of the xterm 6×6×6 colour cube (indexes 16–231).
  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// The RGB value of an xterm 256-colour index.
  static func rgb(ofIndex256 index: UInt8) -> (UInt8, UInt8, UInt8) {
    let value = Int(index)
    if value < 16 { return ansi16RGB[value] }
    if value >= 232 {
      let gray = UInt8(8 + 10 * (value - 232))
      return (gray, gray, gray)
    }
    let cube = value - 16
    return (
      UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6])
    )
  }

  /// The nearest xterm colour among the cube and the gray ramp (16–255).
  ///
  /// The 16 basic colours are left out because terminals let users redefine them. Ties go to
  /// the lower index, so the result is deterministic.
  static func nearest256(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    var best: UInt8 = 16
    var bestDistance = Int.max
    for index in 16...255 {
      let candidate = rgb(ofIndex256: UInt8(index))
      let distance = perceptualDistance((red, green, blue), candidate)
      if distance < bestDistance {
        bestDistance = distance
        best = UInt8(index)
      }
    }
    return best
  }

  /// The nearest of the 16 basic colours; ties go to the lower index.
  static func nearest16(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    var best: UInt8 = 0
    var bestDistance = Int.max
    for (index, candidate) in ansi16RGB.enumerated() {
      let distance = perceptualDistance((red, green, blue), candidate)
      if distance < bestDistance {
        bestDistance = distance
        best = UInt8(index)
      }
    }
    return best
  }

  /// A squared colour distance weighted by the mean red level ("redmean"), in integers.
  static func perceptualDistance(
    _ first: (UInt8, UInt8, UInt8), _ second: (UInt8, UInt8, UInt8)
  ) -> Int {
    let redMean = (Int(first.0) + Int(second.0)) / 2
    let red = Int(first.0) - Int(second.0)
    let green = Int(first.1) - Int(second.1)
    let blue = Int(first.2) - Int(second.2)
    let redTerm = ((512 + redMean) * red * red) >> 8
    let blueTerm = ((767 - redMean) * blue * blue) >> 8
    return redTerm + 4 * green * green + blueTerm
  }
}
