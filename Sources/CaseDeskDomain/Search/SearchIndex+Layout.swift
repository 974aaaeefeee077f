extension SearchIndex {
  /// The version of the index's stored arrays; bump it whenever a stored type or array
  /// changes, so that a layout written by another build is refused instead of misread.
  public static let layoutVersion: Int64 = 2

  /// The names of a layout's sections, in file order.
  public static let layoutSections = [
    "shape", "slots", "bytes", "codeBytes", "units", "fieldValues", "codeBlooms", "asciiSets",
    "pairWords", "prefixWords", "fieldNames",
  ]

  /// The index's arrays as raw bytes by name, to store an index in a file and read it back
  /// without normalising every text again (the lookup file).
  ///
  /// The bytes are this build's memory layout of plain-data arrays; `shape` records the
  /// layout version, the entry count, the set stride and the element sizes, and a layout whose
  /// shape differs is refused.
  public struct Layout: Sendable, Equatable {
    public var sections: [String: [UInt8]]

    public init(sections: [String: [UInt8]]) {
      self.sections = sections
    }
  }

  /// Sections of raw bytes that live outside Swift arrays (a mapped lookup file), valid only
  /// while the index is being built from them.
  public struct RawLayout {
    public var sections: [String: UnsafeRawBufferPointer]

    public init(sections: [String: UnsafeRawBufferPointer]) {
      self.sections = sections
    }
  }

  /// The index's arrays (see `Layout`).
  public var layout: Layout {
    var names = [String](repeating: "", count: fieldNumbers.count)
    for (name, number) in fieldNumbers where Int(number) < names.count {
      names[Int(number)] = name
    }
    return Layout(sections: [
      "shape": Self.rawBytes(Self.shape(count: slots.count, setStride: setStride)),
      "slots": Self.rawBytes(slots), "bytes": bytes, "codeBytes": codeBytes,
      "units": Self.rawBytes(units), "fieldValues": Self.rawBytes(fieldValues),
      "codeBlooms": Self.rawBytes(codeBlooms), "asciiSets": Self.rawBytes(asciiSets),
      "pairWords": Self.rawBytes(pairWords), "prefixWords": Self.rawBytes(prefixWords),
      "fieldNames": Array(names.joined(separator: "\n").utf8),
    ])
  }

  /// An index read back from a layout; nil when the layout is inconsistent (another build's
  /// shape, a range outside its arrays, an unknown field), so damaged data never reaches a scan.
  ///
  /// It matches and ranks exactly as the index the layout came from, but holds no entries:
  /// `entry(at:)` gives an empty entry and `position(ofID:)` nil. It is for searching only.
  public init?(layout: Layout, fieldAliases: [String: String] = [:]) {
    let sections = layout.sections
    self.init(fieldAliases: fieldAliases) { name, read in
      guard let bytes = sections[name] else { return false }
      bytes.withUnsafeBytes(read)
      return true
    }
  }

  /// An index read from raw sections (see `init(layout:)`): each is copied once, straight into
  /// the index's arrays.
  public init?(layout: RawLayout, fieldAliases: [String: String] = [:]) {
    let sections = layout.sections
    self.init(fieldAliases: fieldAliases) { name, read in
      guard let bytes = sections[name] else { return false }
      read(bytes)
      return true
    }
  }

  /// Reads the index's arrays through `source`, which hands a section's bytes to its closure
  /// and says whether there was such a section.
  private init?(
    fieldAliases: [String: String],
    source: (String, (UnsafeRawBufferPointer) -> Void) -> Bool
  ) {
    func section<T>(_ name: String, as type: T.Type) -> [T]? {
      var result: [T]?
      guard source(name, { result = Self.values($0, as: type) }) else { return nil }
      return result
    }
    guard let shape = section("shape", as: Int64.self), shape.count == 7,
      let count = Int(exactly: shape[1]), let setStride = Int(exactly: shape[2]),
      shape == Self.shape(count: count, setStride: setStride),
      let slots = section("slots", as: Slot.self), slots.count == count,
      let bytes = section("bytes", as: UInt8.self),
      let codeBytes = section("codeBytes", as: UInt8.self),
      let units = section("units", as: UInt16.self),
      let values = section("fieldValues", as: FieldValue.self),
      let codeBlooms = section("codeBlooms", as: Bloom.self), codeBlooms.count == count,
      let asciiSets = section("asciiSets", as: UInt64.self), asciiSets.count == count,
      let pairWords = section("pairWords", as: UInt64.self),
      let prefixWords = section("prefixWords", as: UInt64.self),
      setStride >= count, pairWords.count == setStride * PairSet.wordCount,
      prefixWords.count == pairWords.count,
      let nameBytes = section("fieldNames", as: UInt8.self),
      !bytes.isEmpty, !codeBytes.isEmpty, !units.isEmpty, !values.isEmpty
    else { return nil }
    let fieldNames = String(decoding: nameBytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    for value in values.dropFirst() {
      guard value.field >= 0, Int(value.field) < fieldNames.count, value.start >= 0,
        value.start <= value.end, Int(value.end) <= bytes.count
      else { return nil }
    }
    for slot in slots {
      guard slot.codeStart >= 0, slot.codeStart <= slot.codeEnd,
        Int(slot.codeEnd) <= codeBytes.count, slot.nameStart >= 0,
        slot.nameStart <= slot.nameEnd, slot.nameEnd <= slot.textEnd,
        Int(slot.textEnd) <= bytes.count, slot.unitStart >= 0,
        slot.unitStart <= slot.nameUnitEnd, slot.nameUnitEnd <= slot.unitEnd,
        Int(slot.unitEnd) <= units.count, slot.fieldStart >= 0,
        slot.fieldStart <= slot.fieldEnd, Int(slot.fieldEnd) <= values.count
      else { return nil }
    }
    var numbers: [String: Int32] = [:]
    for (number, name) in fieldNames.enumerated() { numbers[name] = Int32(number) }
    self.fieldAliases = fieldAliases
    self.entries = Array(repeating: SearchEntry(id: "", name: ""), count: count)
    self.positionsByID = [:]
    self.slots = slots
    self.bytes = bytes
    self.codeBytes = codeBytes
    self.units = units
    self.fieldValues = values
    self.codeBlooms = codeBlooms
    self.asciiSets = asciiSets
    self.setStride = setStride
    self.pairWords = pairWords
    self.prefixWords = prefixWords
    self.fieldNumbers = numbers
    self.garbage = 0
  }

  /// The normalised code of the entry at `position` (`0..<count`), as the index compares it.
  public func normalisedCode(at position: Int) -> [UInt8] {
    let slot = slots[position]
    return Array(codeBytes[Int(slot.codeStart)..<Int(slot.codeEnd)])
  }

  /// What a layout's `shape` section holds for an index of `count` entries.
  static func shape(count: Int, setStride: Int) -> [Int64] {
    [
      layoutVersion, Int64(count), Int64(setStride), Int64(MemoryLayout<Slot>.stride),
      Int64(MemoryLayout<FieldValue>.stride), Int64(MemoryLayout<Bloom>.stride),
      Int64(PairSet.wordCount),
    ]
  }

  /// The bytes of an array of plain data.
  static func rawBytes<T>(_ values: [T]) -> [UInt8] {
    values.withUnsafeBytes { Array($0) }
  }

  /// An array of plain data from its bytes; nil when the length is not a whole number of
  /// elements.
  static func values<T>(_ bytes: UnsafeRawBufferPointer, as type: T.Type) -> [T]? {
    let stride = MemoryLayout<T>.stride
    guard stride > 0, bytes.count % stride == 0 else { return nil }
    let count = bytes.count / stride
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes) }
      initialized = count
    }
  }
}
