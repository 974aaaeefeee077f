extension SearchIndex {
  /// How well an entry matches, best first; an entry's rank is its best plain term's.
  enum Rank {
    /// The code equals a term.
    static let exactCode: UInt8 = 0
    /// The name starts with a term, in characters, in full pinyin or in initials.
    static let namePrefix: UInt8 = 1
    /// A term is the pinyin initials of consecutive characters.
    static let initials: UInt8 = 2
    /// Any other match: substring, pinyin inside a text, code prefix, field terms only.
    static let other: UInt8 = 3
    /// No match.
    static let none: UInt8 = 4
  }

  /// One term prepared for scanning.
  struct CompiledTerm {
    /// The canonical field's number, -1 for a field this index has never seen; nil for plain.
    var field: Int32?
    var needle: [UInt8]
    /// The Horspool shift of each byte value.
    var shift: [Int32]
    /// Whether the term is all ASCII letters and digits (then codes apply).
    var isAlphanumeric: Bool
    /// Whether the term is all ASCII letters (then pinyin applies).
    var isLetters: Bool
    /// The mask bit of each needle byte, and their union.
    var bits: [UInt32]
    var letterMask: UInt32
    /// The term's non-ASCII code points.
    var bloom: SearchIndex.Bloom
    /// The needle's first four bytes as in `Slot.nameHead`, and which of them exist.
    var head: UInt32
    var headMask: UInt32
    /// The `SearchIndex.asciiBit`s of the needle's ASCII bytes.
    var ascii: UInt64 = 0
    /// The unit of a term that is exactly one Han character, else 0.
    var hanUnit: UInt16 = 0
    /// For letters: every two adjacent letters as initials, and the `PairSet.prefixBit`s of the
    /// first two as a reading's start and of the first as a one-letter reading (an empty set and
    /// -1 for shorter terms, which skips these filters).
    var pairs = SearchIndex.PairSet()
    var prefix = -1
    var single = -1

    init(_ term: SearchTerm, fieldNumbers: [String: Int32]) {
      let text: String
      switch term {
      case .text(let value):
        field = nil
        text = value
      case .field(let name, let value):
        field = fieldNumbers[name] ?? -1
        text = value
      }
      needle = Array(text.utf8)
      let count = needle.count
      shift = [Int32](repeating: Int32(max(count, 1)), count: 256)
      if count > 1 {
        for index in 0..<(count - 1) { shift[Int(needle[index])] = Int32(count - 1 - index) }
      }
      bits = needle.map { SearchIndex.bit(ofLetter: UInt32($0)) ?? 0 }
      for byte in needle { ascii |= SearchIndex.asciiBit(UInt32(byte)) }
      isLetters = count > 0 && !bits.contains(0)
      isAlphanumeric =
        count > 0
        && needle.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }
      letterMask = bits.reduce(0, |)
      head = 0
      headMask = 0
      for index in 0..<min(4, count) {
        head |= UInt32(needle[index]) << UInt32(8 * index)
        headMask |= 0xFF << UInt32(8 * index)
      }
      if isLetters && count >= 2 {
        let first = Int(needle[0]) - 0x61
        let second = Int(needle[1]) - 0x61
        for index in 1..<count {
          pairs.insert(
            SearchIndex.PairSet.pairBit(Int(needle[index - 1]) - 0x61, Int(needle[index]) - 0x61))
        }
        prefix = SearchIndex.PairSet.prefixBit(first, second)
        single = SearchIndex.PairSet.prefixBit(first, 26)
      }
      bloom = SearchIndex.Bloom()
      for scalar in text.unicodeScalars where scalar.value >= 0x80 { bloom.insert(scalar.value) }
      let scalars = text.unicodeScalars
      if let only = scalars.first, scalars.count == 1, HanTables.isHan(only.value) {
        hanUnit = UInt16(Int(only.value - HanTables.first) + SearchIndex.firstHanUnit)
      }
    }
  }

  /// Raw views of the index and the Han tables for one scan.
  struct Scan {
    let bytes: UnsafePointer<UInt8>
    let units: UnsafePointer<UInt16>
    /// The initials mask of each unit (`HanTables.unitMasks`).
    let unitMasks: UnsafePointer<UInt32>
    let fieldValues: UnsafePointer<FieldValue>
    let syllableBytes: UnsafePointer<UInt8>
    let syllableStarts: UnsafePointer<Int32>
    let readingStarts: UnsafePointer<Int32>
    let readings: UnsafePointer<UInt16>
    let codeBlooms: UnsafePointer<Bloom>
    let codeBytes: UnsafePointer<UInt8>
    let asciiSets: UnsafePointer<UInt64>
    let pairWords: UnsafePointer<UInt64>
    let prefixWords: UnsafePointer<UInt64>
    let setStride: Int

    /// The initials mask of `units[index]`.
    @inline(__always)
    func mask(_ index: Int) -> UInt32 {
      unitMasks[Int(units[index])]
    }
  }

  /// A compiled term as raw pointers (valid during one scan).
  struct TermView {
    /// The field number, or -2 for a plain term.
    let field: Int32
    let needle: UnsafeBufferPointer<UInt8>
    let shift: UnsafePointer<Int32>
    let bits: UnsafeBufferPointer<UInt32>
    let isAlphanumeric: Bool
    let isLetters: Bool
    let letterMask: UInt32
    let bloom: SearchIndex.Bloom
    let bloomIsEmpty: Bool
    let head: UInt32
    let headMask: UInt32
    let ascii: UInt64
    /// For letters of three or more: a bit per unit (`startableUnitWords` words), set when one
    /// of the unit's readings can begin the term; nil otherwise.
    let startable: UnsafePointer<UInt64>?
    let hanUnit: UInt16
    let pairs: SearchIndex.PairSet
    let pairWords: UInt16
    let prefix: Int
    let single: Int
  }

  /// The positions of the entries matching `query`, best first.
  ///
  /// Entries are ranked by `SearchIndex.Rank` and kept in index order within a rank.
  /// `candidates` limits the search (positions out of range are ignored).
  public func search(_ query: SearchQuery, within candidates: [Int]? = nil) -> [Int] {
    var within: [Int32]?
    if let candidates {
      var valid = candidates.filter { $0 >= 0 && $0 < count }.map { Int32($0) }
      if zip(valid, valid.dropFirst()).contains(where: { $0 >= $1 }) {
        valid = Array(Set(valid)).sorted()
      }
      within = valid
    }
    let found = matches(query, within: within)
    return Self.ranked(found.positions, found.ranks)
  }

  /// The matching positions in index order (a subset of `within` when given, which must be in
  /// index order) with their ranks; field terms in `satisfied` are known to hold for every
  /// position of `within` and are not checked again.
  func matches(_ query: SearchQuery, within: [Int32]?, satisfied: [SearchTerm] = [])
    -> (positions: [Int32], ranks: [UInt8])
  {
    var terms = query.terms.filter { term in
      guard within != nil, case .field = term else { return true }
      return !satisfied.contains(term)
    }.map { CompiledTerm($0, fieldNumbers: fieldNumbers) }
    // Field terms are cheap and selective; longer plain terms reject sooner.
    terms.sort {
      ($0.field == nil ? 1 : 0, -$0.needle.count) < ($1.field == nil ? 1 : 0, -$1.needle.count)
    }
    // Copy the terms into one allocation the scan reads through raw pointers.
    let byteCount = terms.reduce(0) { $0 + $1.needle.count }
    let needles = UnsafeMutablePointer<UInt8>.allocate(capacity: max(byteCount, 1))
    let shifts = UnsafeMutablePointer<Int32>.allocate(capacity: max(terms.count * 256, 1))
    let bits = UnsafeMutablePointer<UInt32>.allocate(capacity: max(byteCount, 1))
    defer {
      needles.deallocate()
      shifts.deallocate()
      bits.deallocate()
    }
    // The units that can begin each letters term of three or more (whose units are walked).
    let startable = UnsafeMutablePointer<UInt64>.allocate(
      capacity: max(terms.count * Self.startableUnitWords, 1))
    defer { startable.deallocate() }
    let tables = HanTables.shared
    let startableFor = { (term: CompiledTerm, number: Int) -> UnsafePointer<UInt64>? in
      guard term.field == nil && term.isLetters && term.needle.count >= 3 else { return nil }
      let words = startable + number * Self.startableUnitWords
      Self.markStartableUnits(term.needle, tables, words)
      return UnsafePointer(words)
    }
    var views: [TermView] = []
    var offset = 0
    for (number, term) in terms.enumerated() {
      let length = term.needle.count
      (needles + offset).initialize(from: term.needle, count: length)
      (bits + offset).initialize(from: term.bits, count: length)
      (shifts + number * 256).initialize(from: term.shift, count: 256)
      views.append(
        TermView(
          field: term.field ?? -2,
          needle: UnsafeBufferPointer(start: needles + offset, count: length),
          shift: shifts + number * 256,
          bits: UnsafeBufferPointer(start: bits + offset, count: length),
          isAlphanumeric: term.isAlphanumeric, isLetters: term.isLetters,
          letterMask: term.letterMask, bloom: term.bloom,
          bloomIsEmpty: term.bloom == SearchIndex.Bloom(), head: term.head,
          headMask: term.headMask, ascii: term.ascii,
          startable: startableFor(term, number), hanUnit: term.hanUnit, pairs: term.pairs,
          pairWords: term.pairs.usedWords, prefix: term.prefix,
          single: term.single))
      offset += length
    }
    let capacity = within?.count ?? slots.count
    let foundPositions = UnsafeMutablePointer<Int32>.allocate(capacity: max(capacity, 1))
    let foundRanks = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
    defer {
      foundPositions.deallocate()
      foundRanks.deallocate()
    }
    var found = 0
    withScan(tables) { scan in
      views.withUnsafeBufferPointer { views in
        slots.withUnsafeBufferPointer { slots in
          if let within {
            for position in within {
              let rank = Self.rank(of: slots[Int(position)], Int(position), views, scan)
              if rank != Rank.none {
                foundPositions[found] = position
                foundRanks[found] = rank
                found += 1
              }
            }
          } else {
            for position in 0..<slots.count {
              let rank = Self.rank(of: slots[position], position, views, scan)
              if rank != Rank.none {
                foundPositions[found] = Int32(position)
                foundRanks[found] = rank
                found += 1
              }
            }
          }
        }
      }
    }
    return (
      Array(UnsafeBufferPointer(start: foundPositions, count: found)),
      Array(UnsafeBufferPointer(start: foundRanks, count: found))
    )
  }

  /// `positions` ordered by rank, keeping their order within a rank.
  static func ranked(_ positions: [Int32], _ ranks: [UInt8]) -> [Int] {
    var counts = [Int](repeating: 0, count: 5)
    for rank in ranks { counts[Int(rank)] += 1 }
    var starts = [Int](repeating: 0, count: 5)
    for rank in 1..<5 { starts[rank] = starts[rank - 1] + counts[rank - 1] }
    var out = [Int](repeating: 0, count: positions.count)
    out.withUnsafeMutableBufferPointer { out in
      for (position, rank) in zip(positions, ranks) {
        out[starts[Int(rank)]] = Int(position)
        starts[Int(rank)] += 1
      }
    }
    return out
  }

  /// Runs `body` with raw views of the index's arrays and the Han tables.
  private func withScan(_ tables: HanTables, _ body: (Scan) -> Void) {
    bytes.withUnsafeBufferPointer { bytes in
      units.withUnsafeBufferPointer { units in
        tables.unitMasks.withUnsafeBufferPointer { unitMasks in
          fieldValues.withUnsafeBufferPointer { fieldValues in
            tables.syllableBytes.withUnsafeBufferPointer { syllableBytes in
              tables.syllableStarts.withUnsafeBufferPointer { syllableStarts in
                tables.readingStarts.withUnsafeBufferPointer { readingStarts in
                  tables.readings.withUnsafeBufferPointer { readings in
                    withBlooms { codeBlooms, codeBytes, asciiSets, pairWords, prefixWords in
                      guard let bytes = bytes.baseAddress, let units = units.baseAddress,
                        let unitMasks = unitMasks.baseAddress,
                        let fieldValues = fieldValues.baseAddress,
                        let syllableBytes = syllableBytes.baseAddress,
                        let syllableStarts = syllableStarts.baseAddress,
                        let readingStarts = readingStarts.baseAddress,
                        let readings = readings.baseAddress
                      else { return }
                      body(
                        Scan(
                          bytes: bytes, units: units, unitMasks: unitMasks,
                          fieldValues: fieldValues,
                          syllableBytes: syllableBytes, syllableStarts: syllableStarts,
                          readingStarts: readingStarts, readings: readings,
                          codeBlooms: codeBlooms, codeBytes: codeBytes, asciiSets: asciiSets,
                          pairWords: pairWords,
                          prefixWords: prefixWords, setStride: setStride))
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Runs `body` with the base addresses of the per-position filter sets and the codes.
  private func withBlooms(
    _ body:
      (
        UnsafePointer<Bloom>, UnsafePointer<UInt8>, UnsafePointer<UInt64>, UnsafePointer<UInt64>,
        UnsafePointer<UInt64>
      ) -> Void
  ) {
    codeBlooms.withUnsafeBufferPointer { code in
      codeBytes.withUnsafeBufferPointer { codeBytes in
        asciiSets.withUnsafeBufferPointer { ascii in
          pairWords.withUnsafeBufferPointer { pairs in
            prefixWords.withUnsafeBufferPointer { prefixes in
              guard let code = code.baseAddress, let codeBytes = codeBytes.baseAddress,
                let ascii = ascii.baseAddress, let pairs = pairs.baseAddress,
                let prefixes = prefixes.baseAddress
              else { return }
              body(code, codeBytes, ascii, pairs, prefixes)
            }
          }
        }
      }
    }
  }

  /// The entry's rank for all `terms` (every term must match), or `Rank.none`.
  @inline(__always)
  static func rank(
    of slot: Slot, _ position: Int, _ terms: UnsafeBufferPointer<TermView>, _ scan: Scan
  ) -> UInt8 {
    var best = Rank.other
    for term in terms {
      if term.field != -2 {
        if !fieldMatches(slot, term, scan) { return Rank.none }
      } else {
        let rank = plainRank(slot, position, term, scan)
        if rank == Rank.none { return Rank.none }
        best = min(best, rank)
      }
    }
    return best
  }

  /// Whether one of the entry's values of the term's field contains the term's value.
  @inline(__always)
  static func fieldMatches(_ slot: Slot, _ term: TermView, _ scan: Scan) -> Bool {
    var index = Int(slot.fieldStart)
    let end = Int(slot.fieldEnd)
    while index < end {
      let value = scan.fieldValues[index]
      if value.field == term.field
        && contains(scan.bytes, Int(value.start), Int(value.end), term.needle, term.shift)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// The best way a plain term matches the entry, or `Rank.none`.
  static func plainRank(_ slot: Slot, _ position: Int, _ term: TermView, _ scan: Scan) -> UInt8 {
    let needle = term.needle
    let count = needle.count
    // Every non-ASCII code point of a match is in the name or texts (codes are ASCII).
    if !term.bloomIsEmpty && !scan.codeBlooms[position].covers(term.bloom) { return Rank.none }
    var codePrefix = false
    if term.isAlphanumeric {
      let codeCount = Int(slot.codeEnd - slot.codeStart)
      if slot.codeHead & term.headMask == term.head && codeCount >= count
        && startsWith(scan.codeBytes + Int(slot.codeStart), needle)
      {
        if codeCount == count { return Rank.exactCode }
        codePrefix = true
      }
    }
    if slot.nameHead & term.headMask == term.head && Int(slot.nameEnd - slot.nameStart) >= count
      && startsWith(scan.bytes + Int(slot.nameStart), needle)
    {
      return Rank.namePrefix
    }
    if term.hanUnit != 0 {
      // One Han character is in the bytes exactly when its unit is in the units.
      return hasUnit(term.hanUnit, Int(slot.unitStart), Int(slot.unitEnd), scan.units)
        ? Rank.other : Rank.none
    }
    if !term.isLetters {
      if codePrefix { return Rank.other }
      // Every ASCII byte of a substring is among the entry's.
      if scan.asciiSets[position] & term.ascii != term.ascii { return Rank.none }
      return contains(scan.bytes, Int(slot.nameStart), Int(slot.textEnd), needle, term.shift)
        ? Rank.other : Rank.none
    }
    let unitStart = Int(slot.unitStart)
    let unitEnd = Int(slot.unitEnd)
    let bits = term.bits
    let firstBit = bits[0]
    // A letters-only term found as a substring is also found as pinyin (an ASCII unit reads as
    // itself), so the units alone decide from here on.
    if slot.mask & firstBit == 0 { return codePrefix ? Rank.other : Rank.none }
    // The name's pinyin first: most names that match at all start with the term.
    if unitStart < Int(slot.nameUnitEnd) && scan.mask(unitStart) & firstBit != 0
      && pinyin(needle, 0, unitStart, unitEnd, scan)
    {
      return Rank.namePrefix
    }
    let tryInitials =
      slot.mask & term.letterMask == term.letterMask
      && PairSet.covers(scan.pairWords, scan.setStride, position, term.pairs, term.pairWords)
    // Initials from the name's first character on are a prefix of the name too (`asgt` for
    // 鞍山钢铁…), so they rank with the name prefixes.
    if tryInitials && initials(bits, unitStart, Int(slot.nameUnitEnd), scan) {
      return Rank.namePrefix
    }
    // Exact: a reading that starts with the first two letters, or a one-letter reading.
    let tryPinyin =
      term.prefix < 0
      || PairSet.contains(scan.prefixWords, scan.setStride, position, term.prefix)
      || PairSet.contains(scan.prefixWords, scan.setStride, position, term.single)
    if !tryInitials && !tryPinyin { return codePrefix ? Rank.other : Rank.none }
    // The pair sets are exact: one or two letters found there are initials somewhere.
    if tryInitials && count <= 2 { return Rank.initials }
    if !tryInitials, let startable = term.startable {
      // Only pinyin inside a text is left: try it from the units that can begin the term.
      var unit = unitStart
      while unit < unitEnd {
        let value = Int(scan.units[unit])
        if startable[value >> 6] & 1 << UInt64(value & 63) != 0
          && pinyin(needle, 0, unit, unitEnd, scan)
        {
          return Rank.other
        }
        unit += 1
      }
      return codePrefix ? Rank.other : Rank.none
    }
    // One pass over the units: initials anywhere rank above pinyin inside a text.
    var needPinyin = tryPinyin
    var pinyinFound = false
    var unit = unitStart
    while unit < unitEnd {
      if scan.mask(unit) & firstBit != 0 {
        if tryInitials && initials(bits, unit, unitEnd, scan) { return Rank.initials }
        if needPinyin && pinyin(needle, 0, unit, unitEnd, scan) {
          if !tryInitials { return Rank.other }
          pinyinFound = true
          needPinyin = false
        }
      }
      unit += 1
    }
    return pinyinFound || codePrefix ? Rank.other : Rank.none
  }

  /// The number of words of a set of units (one bit per unit).
  static let startableUnitWords =
    (Int(HanTables.last - HanTables.first) + 1 + firstHanUnit + 63) / 64

  /// Sets in `words` (`startableUnitWords` of them) the bit of every unit one of whose readings
  /// can begin `needle` (lower-case letters): the reading is a prefix of the needle or the
  /// needle of it.
  static func markStartableUnits(
    _ needle: [UInt8], _ tables: HanTables, _ words: UnsafeMutablePointer<UInt64>
  ) {
    words.initialize(repeating: 0, count: startableUnitWords)
    guard let first = needle.first else { return }
    let set = { (unit: Int) in words[unit >> 6] |= 1 << UInt64(unit & 63) }
    set(Int(first) - 0x60)
    let syllableCount = tables.syllableStarts.count - 1
    var fits = [Bool](repeating: false, count: max(syllableCount, 0))
    for syllable in 0..<syllableCount {
      let start = Int(tables.syllableStarts[syllable])
      let length = Int(tables.syllableStarts[syllable + 1]) - start
      let compared = min(length, needle.count)
      var matched = 0
      while matched < compared && tables.syllableBytes[start + matched] == needle[matched] {
        matched += 1
      }
      fits[syllable] = compared > 0 && matched == compared
    }
    let starts = tables.readingStarts
    for slot in 0..<(starts.count - 1) {
      for reading in Int(starts[slot])..<Int(starts[slot + 1])
      where fits[Int(tables.readings[reading])] {
        set(slot + firstHanUnit)
        break
      }
    }
  }

  /// Whether `units[start..<end]` contains `unit`.
  @inline(__always)
  static func hasUnit(_ unit: UInt16, _ start: Int, _ end: Int, _ units: UnsafePointer<UInt16>)
    -> Bool
  {
    var index = start
    var found = false
    // No early exit inside a block of eight, so the comparisons vectorise.
    while index + 8 <= end {
      for offset in 0..<8 where units[index + offset] == unit { found = true }
      if found { return true }
      index += 8
    }
    while index < end {
      if units[index] == unit { return true }
      index += 1
    }
    return false
  }

  /// Whether `bytes` starts with `needle` (the caller checked the length).
  @inline(__always)
  static func startsWith(_ bytes: UnsafePointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var index = 0
    while index < needle.count {
      if bytes[index] != needle[index] { return false }
      index += 1
    }
    return true
  }

  /// Whether `hay[start..<end]` contains `needle` (Boyer-Moore-Horspool).
  @inline(__always)
  static func contains(
    _ hay: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ needle: UnsafeBufferPointer<UInt8>,
    _ shift: UnsafePointer<Int32>
  ) -> Bool {
    let lastIndex = needle.count - 1
    if lastIndex < 0 { return true }
    let shift = UnsafeBufferPointer(start: shift, count: 256)
    let last = needle[lastIndex]
    var index = start
    while index + lastIndex < end {
      let byte = hay[index + lastIndex]
      if byte == last {
        var matched = 0
        while matched < lastIndex && hay[index + matched] == needle[matched] { matched += 1 }
        if matched == lastIndex { return true }
      }
      index += Int(shift[Int(byte)])
    }
    return false
  }

  /// Whether the units from `unit` on have the needle's letters among their initials, one
  /// letter per unit.
  @inline(__always)
  static func initials(_ bits: UnsafeBufferPointer<UInt32>, _ unit: Int, _ end: Int, _ scan: Scan)
    -> Bool
  {
    let count = bits.count
    if unit + count > end { return false }
    var matched = 0
    while matched < count && scan.mask(unit + matched) & bits[matched] != 0 { matched += 1 }
    return matched == count
  }

  /// Whether `needle[offset...]` is the pinyin of the units from `unit` on: each unit
  /// contributes one of its readings (an ASCII unit itself), and the needle may end inside the
  /// last reading.
  static func pinyin(
    _ needle: UnsafeBufferPointer<UInt8>, _ offset: Int, _ unit: Int, _ end: Int, _ scan: Scan
  ) -> Bool {
    if offset == needle.count { return true }
    if unit >= end { return false }
    let value = Int(scan.units[unit])
    if value == 0 { return false }
    if value < SearchIndex.firstHanUnit {
      return Int(needle[offset]) == 0x60 + value && pinyin(needle, offset + 1, unit + 1, end, scan)
    }
    let slot = value - SearchIndex.firstHanUnit
    let left = needle.count - offset
    var reading = Int(scan.readingStarts[slot])
    let lastReading = Int(scan.readingStarts[slot + 1])
    while reading < lastReading {
      let syllable = Int(scan.readings[reading])
      let start = Int(scan.syllableStarts[syllable])
      let length = Int(scan.syllableStarts[syllable + 1]) - start
      let compared = min(length, left)
      var matched = 0
      while matched < compared && needle[offset + matched] == scan.syllableBytes[start + matched] {
        matched += 1
      }
      if matched == compared {
        if compared == left { return true }
        if pinyin(needle, offset + length, unit + 1, end, scan) { return true }
      }
      reading += 1
    }
    return false
  }
}
