/// The pinyin readings and traditional-to-simplified folding of Han characters, as flat arrays.
///
/// The tables come from `HanTables+Generated.swift` (see `Tools/generate-han-tables.py`) and are
/// parsed once, on first use.
struct HanTables: Sendable {
  /// The first code point with a readings slot.
  static let first: UInt32 = 0x3400
  /// The last code point with a readings slot.
  static let last: UInt32 = 0x9FFF

  /// The tables, parsed on first use.
  static let shared = HanTables()

  /// Syllable `n` is `syllableBytes[syllableStarts[n]..<syllableStarts[n + 1]]`.
  let syllableBytes: [UInt8]
  let syllableStarts: [Int32]
  /// The readings of code point `c` are the syllables
  /// `readings[readingStarts[c - first]..<readingStarts[c - first + 1]]`.
  let readingStarts: [Int32]
  let readings: [UInt16]
  /// For `c` in `first...last`: bit `n` set when a reading of `c` starts with letter `n` (a = 0).
  let initialMasks: [UInt32]
  /// For each `SearchIndex` unit: the bitmask of the initials it can be typed with (0 for the
  /// separator, the letter's own bit for a letter, `initialMasks` for a Han character).
  let unitMasks: [UInt32]
  /// For each element of `readings`: the `SearchIndex.PairSet.prefixBit` of its first two
  /// letters.
  let readingPrefixes: [UInt16]
  /// For `c` in `first...last`: the simplified code point (itself when there is no folding).
  let foldingInRange: [UInt32]
  /// Foldings of code points outside `first...last`, sorted by the traditional code point.
  let foldingOutside: [(from: UInt32, to: UInt32)]

  private init() {
    var syllableBytes: [UInt8] = []
    var syllableStarts: [Int32] = [0]
    for byte in Self.syllableText.utf8 where byte != 0x0A {
      if byte == UInt8(ascii: ",") {
        syllableStarts.append(Int32(syllableBytes.count))
      } else {
        syllableBytes.append(byte)
      }
    }
    syllableStarts.append(Int32(syllableBytes.count))
    let syllableCount = syllableStarts.count - 1

    let slots = Int(Self.last - Self.first) + 1
    var readingStarts: [Int32] = []
    readingStarts.reserveCapacity(slots + 1)
    readingStarts.append(0)
    var readings: [UInt16] = []
    readings.reserveCapacity(slots + slots / 4)
    var pending: Int = -1
    for byte in Self.readingText.utf8 where byte != 0x0A {
      if byte == UInt8(ascii: ".") {
        readingStarts.append(Int32(readings.count))
        pending = -1
        continue
      }
      let digit = Self.base64Value(byte)
      if pending < 0 {
        pending = digit
      } else {
        let number = pending * 64 + digit
        if number < syllableCount { readings.append(UInt16(number)) }
        pending = -1
      }
    }
    readingStarts.append(Int32(readings.count))
    // A damaged table gives fewer slots; pad so every lookup stays in range.
    while readingStarts.count < slots + 1 { readingStarts.append(Int32(readings.count)) }

    var initialMasks = [UInt32](repeating: 0, count: slots)
    for slot in 0..<slots {
      for index in Int(readingStarts[slot])..<Int(readingStarts[slot + 1]) {
        let syllable = Int(readings[index])
        let start = Int(syllableStarts[syllable])
        guard start < Int(syllableStarts[syllable + 1]) else { continue }
        let first = syllableBytes[start]
        if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
          initialMasks[slot] |= 1 << UInt32(first - UInt8(ascii: "a"))
        }
      }
    }

    var foldingInRange = (Self.first...Self.last).map { $0 }
    var foldingOutside: [(from: UInt32, to: UInt32)] = []
    var source: UInt32?
    for scalar in Self.foldingText.unicodeScalars where scalar != "\n" {
      guard let from = source else {
        source = scalar.value
        continue
      }
      source = nil
      if from >= Self.first && from <= Self.last {
        foldingInRange[Int(from - Self.first)] = scalar.value
      } else {
        foldingOutside.append((from, scalar.value))
      }
    }
    foldingOutside.sort { $0.from < $1.from }

    self.syllableBytes = syllableBytes
    self.syllableStarts = syllableStarts
    self.readingStarts = readingStarts
    self.readings = readings
    self.initialMasks = initialMasks
    var unitMasks = [UInt32](repeating: 0, count: SearchIndex.firstHanUnit)
    for letter in 1..<SearchIndex.firstHanUnit { unitMasks[letter] = 1 << UInt32(letter - 1) }
    unitMasks.append(contentsOf: initialMasks)
    self.unitMasks = unitMasks
    self.readingPrefixes = readings.map { syllable in
      let start = Int(syllableStarts[Int(syllable)])
      let end = Int(syllableStarts[Int(syllable) + 1])
      let letter = { (index: Int) -> Int in
        index < end ? max(0, min(26, Int(syllableBytes[index]) - 0x61)) : 26
      }
      // An empty syllable (a damaged table) files under "a", which only costs a wasted check.
      return UInt16(SearchIndex.PairSet.prefixBit(min(25, letter(start)), letter(start + 1)))
    }
    self.foldingInRange = foldingInRange
    self.foldingOutside = foldingOutside
  }

  /// The value of one digit of the readings alphabet (`0-9A-Za-z+/`).
  private static func base64Value(_ byte: UInt8) -> Int {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 10
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 36
    case UInt8(ascii: "+"): return 62
    default: return 63
    }
  }

  /// Whether `scalar` has a readings slot (the CJK unified ideographs and extension A).
  static func isHan(_ scalar: UInt32) -> Bool {
    (scalar >= 0x3400 && scalar <= 0x4DBF) || (scalar >= 0x4E00 && scalar <= 0x9FFF)
  }

  /// The simplified form of `scalar` (itself when it has none).
  func simplified(_ scalar: UInt32) -> UInt32 {
    if scalar >= Self.first && scalar <= Self.last {
      return foldingInRange[Int(scalar - Self.first)]
    }
    if scalar < 0x2E80 { return scalar }
    var low = 0
    var high = foldingOutside.count
    while low < high {
      let middle = (low + high) / 2
      if foldingOutside[middle].from < scalar { low = middle + 1 } else { high = middle }
    }
    if low < foldingOutside.count && foldingOutside[low].from == scalar {
      return foldingOutside[low].to
    }
    return scalar
  }

  /// The syllable numbers of `scalar`'s readings, as a range of `readings`.
  func readingRange(of scalar: UInt32) -> Range<Int> {
    guard scalar >= Self.first && scalar <= Self.last else { return 0..<0 }
    let slot = Int(scalar - Self.first)
    return Int(readingStarts[slot])..<Int(readingStarts[slot + 1])
  }

  /// The readings of `scalar` as strings (empty for a character without readings).
  func readingStrings(of scalar: UInt32) -> [String] {
    readingRange(of: scalar).map { index in
      let syllable = Int(readings[index])
      let bytes = syllableBytes[Int(syllableStarts[syllable])..<Int(syllableStarts[syllable + 1])]
      return String(decoding: bytes, as: UTF8.self)
    }
  }
}
