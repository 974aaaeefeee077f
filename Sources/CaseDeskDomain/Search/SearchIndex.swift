/// A search index over the entries of one list pane, laid out for scanning on every keystroke.
///
/// Each entry's normalised code, name, texts and field values are stored once as contiguous
/// UTF-8 bytes, and its Han characters and ASCII letters as 16-bit "units" (see `unit(of:)`);
/// a unit's bitmask of the initials it can be typed with (every reading of a polyphonic
/// character) comes from a shared table. A search scans those arrays; nothing is enumerated per
/// reading combination.
public struct SearchIndex: Sendable {
  /// Where one entry's data lies in the shared arrays.
  struct Slot: Sendable {
    /// `codeBytes[codeStart..<codeEnd]` is the code.
    var codeStart: Int32
    var codeEnd: Int32
    /// `bytes[nameStart..<nameEnd]` is the name; the texts follow up to `textEnd`, each after a
    /// 0 byte.
    var nameStart: Int32
    var nameEnd: Int32
    var textEnd: Int32
    /// `units[unitStart..<nameUnitEnd]` are the name's units; the texts' follow up to
    /// `unitEnd`, each after a 0 unit.
    var unitStart: Int32
    var nameUnitEnd: Int32
    var unitEnd: Int32
    /// `fieldValues[fieldStart..<fieldEnd]`.
    var fieldStart: Int32
    var fieldEnd: Int32
    /// The union of the entry's unit masks.
    var mask: UInt32
    /// The first four bytes of the code and of the name (zero-padded, first byte lowest), so a
    /// prefix check rarely needs the bytes themselves.
    var codeHead: UInt32
    var nameHead: UInt32
  }

  /// A 256-bit set of hashed code points: a term can only be a substring of a text whose set
  /// holds all of the term's.
  struct Bloom: Sendable, Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Adds `value` (a non-ASCII code point).
    @inline(__always)
    mutating func insert(_ value: UInt32) {
      let hash = (value &* 0x9E37_79B1) >> 24
      let bit: UInt64 = 1 << UInt64(hash & 63)
      switch hash >> 6 {
      case 0: words.0 |= bit
      case 1: words.1 |= bit
      case 2: words.2 |= bit
      default: words.3 |= bit
      }
    }

    /// Adds every element of `other`.
    @inline(__always)
    mutating func formUnion(_ other: Bloom) {
      words.0 |= other.words.0
      words.1 |= other.words.1
      words.2 |= other.words.2
      words.3 |= other.words.3
    }

    /// Whether every element of `other` may be in `self`.
    @inline(__always)
    func covers(_ other: Bloom) -> Bool {
      words.0 & other.words.0 == other.words.0 && words.1 & other.words.1 == other.words.1
        && words.2 & other.words.2 == other.words.2 && words.3 & other.words.3 == other.words.3
    }

    /// A set of one key.
    static func of(_ key: UInt32) -> Bloom {
      var bloom = Bloom()
      bloom.insert(key)
      return bloom
    }

    static func == (lhs: Bloom, rhs: Bloom) -> Bool {
      lhs.words == rhs.words
    }
  }

  /// An exact set of up to 704 pairs of letters (numbered from a = 0): the pairs of initials of
  /// adjacent units (`pairBit`), or the first two letters of readings (`prefixBit`).
  struct PairSet: Sendable {
    var words:
      (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The bit of two initials in a row, both in `0..<26`.
    @inline(__always)
    static func pairBit(_ first: Int, _ second: Int) -> Int {
      first * 26 + second
    }

    /// The bit of a reading's first two letters (`second` is 26 for a one-letter reading).
    @inline(__always)
    static func prefixBit(_ first: Int, _ second: Int) -> Int {
      first * 27 + second
    }

    /// Adds `bit` (`0..<704`).
    @inline(__always)
    mutating func insert(_ bit: Int) {
      withUnsafeMutableBytes(of: &words) { raw in
        let offset = (bit >> 6) * 8
        let word = raw.load(fromByteOffset: offset, as: UInt64.self) | 1 << UInt64(bit & 63)
        raw.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
      }
    }

    /// The number of 64-bit words.
    static let wordCount = 11

    /// Which of the words are not zero (bit `n` for word `n`).
    var usedWords: UInt16 {
      withUnsafeBytes(of: words) { raw in
        var used: UInt16 = 0
        for word in 0..<11 where raw.load(fromByteOffset: word * 8, as: UInt64.self) != 0 {
          used |= 1 << UInt16(word)
        }
        return used
      }
    }

    /// Whether `bit` is in the set of position `position` of `words` (laid out as
    /// `SearchIndex.pairWords`, `stride` positions a word).
    @inline(__always)
    static func contains(
      _ words: UnsafePointer<UInt64>, _ stride: Int, _ position: Int, _ bit: Int
    ) -> Bool {
      words[(bit >> 6) * stride + position] & 1 << UInt64(bit & 63) != 0
    }

    /// Whether the set of position `position` of `words` holds every pair of `wanted`, whose
    /// non-zero words are `used` (reading only those words).
    @inline(__always)
    static func covers(
      _ words: UnsafePointer<UInt64>, _ stride: Int, _ position: Int, _ wanted: PairSet,
      _ used: UInt16
    ) -> Bool {
      var used = used
      return withUnsafeBytes(of: wanted.words) { wanted in
        while used != 0 {
          let word = used.trailingZeroBitCount
          used &= used - 1
          let bits = wanted.load(fromByteOffset: word * 8, as: UInt64.self)
          if words[word * stride + position] & bits != bits { return false }
        }
        return true
      }
    }
  }

  /// One value of one field: `bytes[start..<end]`.
  struct FieldValue: Sendable {
    var field: Int32
    var start: Int32
    var end: Int32
  }

  /// The canonical field name for each alias the caller supplied.
  public let fieldAliases: [String: String]

  var entries: [SearchEntry]
  var positionsByID: [String: Int]
  var slots: [Slot]
  var bytes: [UInt8]
  /// The codes, apart from `bytes` so that code terms stream only these.
  var codeBytes: [UInt8]
  /// The units of every entry (`unit(of:)`), 0 between texts.
  var units: [UInt16]
  var fieldValues: [FieldValue]
  /// Per position, kept apart from `slots` so that a scan reads only the sets it needs: the
  /// non-ASCII code points of the name and texts, the pairs of initials of adjacent units of
  /// one text, and the first two letters of every unit's readings (both exact).
  var codeBlooms: [Bloom]
  /// Per position, the ASCII characters of the name and texts (`asciiBit`).
  var asciiSets: [UInt64]
  /// The pair sets and the reading-prefix sets by word, so that a scan streams only the word it
  /// needs: word `w` of position `p` is at `w * setStride + p`.
  var pairWords: [UInt64]
  var prefixWords: [UInt64]
  /// The positions there is room for in `pairWords` and `prefixWords`.
  var setStride: Int
  var fieldNumbers: [String: Int32]
  /// Bytes and units no longer referenced (left behind by `upsert`).
  var garbage: Int

  /// Builds the index; positions are the order of `entries`.
  public init(_ entries: [SearchEntry], fieldAliases: [String: String] = [:]) {
    self.fieldAliases = fieldAliases
    self.entries = []
    self.positionsByID = [:]
    self.slots = []
    // One unused element each, so that no array is ever empty.
    self.bytes = [0]
    self.codeBytes = [0]
    self.units = [0]
    self.fieldValues = [FieldValue(field: -1, start: 0, end: 0)]
    self.codeBlooms = []
    self.asciiSets = []
    self.setStride = max(entries.count, 16)
    self.pairWords = [UInt64](repeating: 0, count: setStride * PairSet.wordCount)
    self.prefixWords = pairWords
    self.fieldNumbers = [:]
    self.garbage = 0
    self.entries.reserveCapacity(entries.count)
    self.positionsByID.reserveCapacity(entries.count)
    self.slots.reserveCapacity(entries.count)
    self.codeBlooms.reserveCapacity(entries.count)
    self.asciiSets.reserveCapacity(entries.count)
    self.bytes.reserveCapacity(entries.count * 160)
    self.codeBytes.reserveCapacity(entries.count * 18 + 1)
    self.units.reserveCapacity(entries.count * 56)
    self.fieldValues.reserveCapacity(entries.count * 12)
    let tables = HanTables.shared
    var scratch: [UInt32] = []
    for entry in entries {
      upsert(entry, tables, &scratch)
    }
  }

  /// The number of entries.
  public var count: Int { entries.count }

  /// The entry at `position` (`0..<count`).
  public func entry(at position: Int) -> SearchEntry {
    entries[position]
  }

  /// The position of the entry with `id`, or nil.
  public func position(ofID id: String) -> Int? {
    positionsByID[id]
  }

  /// Adds `entry` at the end, or replaces the entry with the same id in place.
  public mutating func upsert(_ entry: SearchEntry) {
    var scratch: [UInt32] = []
    upsert(entry, HanTables.shared, &scratch)
    if garbage > 1 << 16 && garbage > (bytes.count + units.count * 2) / 2 {
      self = SearchIndex(entries, fieldAliases: fieldAliases)
    }
  }

  private mutating func upsert(
    _ entry: SearchEntry, _ tables: HanTables, _ scratch: inout [UInt32]
  ) {
    let (slot, blooms) = layOut(entry, tables, &scratch)
    if let position = positionsByID[entry.id] {
      let old = slots[position]
      garbage +=
        Int(old.textEnd - old.nameStart) + Int(old.codeEnd - old.codeStart) + Int(
          old.unitEnd - old.unitStart) * 2
      slots[position] = slot
      codeBlooms[position] = blooms.code
      asciiSets[position] = blooms.ascii
      storeSets(blooms.pairs, blooms.prefixes, at: position)
      entries[position] = entry
    } else {
      positionsByID[entry.id] = entries.count
      slots.append(slot)
      codeBlooms.append(blooms.code)
      asciiSets.append(blooms.ascii)
      if entries.count == setStride { growSets() }
      storeSets(blooms.pairs, blooms.prefixes, at: entries.count)
      entries.append(entry)
    }
  }

  /// Writes the pair and reading-prefix sets of `position`.
  private mutating func storeSets(_ pairs: PairSet, _ prefixes: PairSet, at position: Int) {
    withUnsafeBytes(of: pairs.words) { pairs in
      withUnsafeBytes(of: prefixes.words) { prefixes in
        for word in 0..<PairSet.wordCount {
          let offset = word * setStride + position
          pairWords[offset] = pairs.load(fromByteOffset: word * 8, as: UInt64.self)
          prefixWords[offset] = prefixes.load(fromByteOffset: word * 8, as: UInt64.self)
        }
      }
    }
  }

  /// Doubles the room in `pairWords` and `prefixWords`.
  private mutating func growSets() {
    let stride = setStride * 2
    var pairs = [UInt64](repeating: 0, count: stride * PairSet.wordCount)
    var prefixes = pairs
    for word in 0..<PairSet.wordCount {
      for position in 0..<setStride {
        pairs[word * stride + position] = pairWords[word * setStride + position]
        prefixes[word * stride + position] = prefixWords[word * setStride + position]
      }
    }
    pairWords = pairs
    prefixWords = prefixes
    setStride = stride
  }

  /// Appends `entry`'s normalised bytes, units and field values and says where they are.
  private mutating func layOut(
    _ entry: SearchEntry, _ tables: HanTables, _ scratch: inout [UInt32]
  ) -> (Slot, (code: Bloom, pairs: PairSet, prefixes: PairSet, ascii: UInt64)) {
    let codeStart = Int32(codeBytes.count)
    scratch.removeAll(keepingCapacity: true)
    SearchText.normalisedScalars(entry.code, tables, into: &scratch)
    for value in scratch { SearchText.appendUTF8(value, to: &codeBytes) }
    let codeEnd = Int32(codeBytes.count)
    let nameStart = Int32(bytes.count)
    let unitStart = Int32(units.count)
    var mask: UInt32 = 0
    var blooms = (code: Bloom(), pairs: PairSet(), prefixes: PairSet(), ascii: UInt64(0))
    appendText(entry.name, tables, &scratch, &mask, &blooms)
    let nameEnd = Int32(bytes.count)
    let nameUnitEnd = Int32(units.count)
    for text in entry.texts {
      bytes.append(0)
      units.append(0)
      appendText(text, tables, &scratch, &mask, &blooms)
    }
    let textEnd = Int32(bytes.count)
    let unitEnd = Int32(units.count)
    let fieldStart = Int32(fieldValues.count)
    for (name, values) in entry.fields {
      let number = fieldNumber(name)
      for value in values {
        let start = Int32(bytes.count)
        appendBytes(value, tables, &scratch)
        fieldValues.append(FieldValue(field: number, start: start, end: Int32(bytes.count)))
      }
    }
    let slot = Slot(
      codeStart: codeStart, codeEnd: codeEnd, nameStart: nameStart, nameEnd: nameEnd,
      textEnd: textEnd, unitStart: unitStart, nameUnitEnd: nameUnitEnd, unitEnd: unitEnd,
      fieldStart: fieldStart, fieldEnd: Int32(fieldValues.count), mask: mask,
      codeHead: Self.head(codeBytes, codeStart, codeEnd),
      nameHead: Self.head(bytes, nameStart, nameEnd))
    return (slot, blooms)
  }

  /// Up to four bytes from `start` (before `end`), first byte lowest, zero-padded.
  private static func head(_ bytes: [UInt8], _ start: Int32, _ end: Int32) -> UInt32 {
    var value: UInt32 = 0
    for index in 0..<min(4, Int(end - start)) {
      value |= UInt32(bytes[Int(start) + index]) << UInt32(8 * index)
    }
    return value
  }

  /// The number of the field with canonical `name`, numbering it when it is new.
  private mutating func fieldNumber(_ name: String) -> Int32 {
    if let known = fieldNumbers[name] { return known }
    let key = SearchText.normalise(name)
    if let known = fieldNumbers[key] { return known }
    let number = Int32(fieldNumbers.count)
    fieldNumbers[key] = number
    return number
  }

  /// Appends one normalised text's bytes.
  private mutating func appendBytes(
    _ text: String, _ tables: HanTables, _ scratch: inout [UInt32]
  ) {
    scratch.removeAll(keepingCapacity: true)
    SearchText.normalisedScalars(text, tables, into: &scratch)
    for value in scratch { SearchText.appendUTF8(value, to: &bytes) }
  }

  /// Appends one normalised text's bytes and units.
  private mutating func appendText(
    _ text: String, _ tables: HanTables, _ scratch: inout [UInt32], _ mask: inout UInt32,
    _ blooms: inout (code: Bloom, pairs: PairSet, prefixes: PairSet, ascii: UInt64)
  ) {
    scratch.removeAll(keepingCapacity: true)
    SearchText.normalisedScalars(text, tables, into: &scratch)
    var previous: UInt32 = 0
    for value in scratch {
      SearchText.appendUTF8(value, to: &bytes)
      if value >= 0x80 { blooms.code.insert(value) } else { blooms.ascii |= Self.asciiBit(value) }
      let unitMask: UInt32
      let unit: UInt16
      if HanTables.isHan(value) {
        let slot = Int(value - HanTables.first)
        unitMask = tables.initialMasks[slot]
        unit = UInt16(slot + Self.firstHanUnit)
        for reading in Int(tables.readingStarts[slot])..<Int(tables.readingStarts[slot + 1]) {
          blooms.prefixes.insert(Int(tables.readingPrefixes[reading]))
        }
      } else if let bit = Self.bit(ofLetter: value) {
        unitMask = bit
        unit = UInt16(value - 0x60)
        blooms.prefixes.insert(PairSet.prefixBit(Int(value) - 0x61, 26))
      } else {
        continue
      }
      var before = previous
      while before != 0 {
        let first = before.trailingZeroBitCount
        before &= before - 1
        var after = unitMask
        while after != 0 {
          blooms.pairs.insert(PairSet.pairBit(first, after.trailingZeroBitCount))
          after &= after - 1
        }
      }
      previous = unitMask
      units.append(unit)
      mask |= unitMask
    }
  }

  /// The unit of the first Han code point (`HanTables.first`); units 1...26 are the letters a-z
  /// and 0 separates texts.
  static let firstHanUnit = 27

  /// The bit of an ASCII character in `asciiSets`: `0x20...0x5F` in order, lower-case letters
  /// sharing the bits of upper case (which normalised text never holds); 0 for the rest.
  @inline(__always)
  static func asciiBit(_ value: UInt32) -> UInt64 {
    if value >= 0x20 && value <= 0x5F { return 1 << UInt64(value - 0x20) }
    if value >= 0x61 && value <= 0x7A { return 1 << UInt64(value - 0x40) }
    return 0
  }

  /// The mask bit of a lower-case ASCII letter, or nil.
  @inline(__always)
  static func bit(ofLetter value: UInt32) -> UInt32? {
    if value >= 0x61 && value <= 0x7A { return 1 << UInt32(value - 0x61) }
    return nil
  }
}
