extension SearchIndex {
  /// The number of 32-bit words one entry's slot takes in a `Layout`.
  public static let slotWords = 37

  /// The index's arrays as plain numbers and bytes, to store an index in a file and read it
  /// back without normalising every text again.
  ///
  /// `slots` holds `SearchIndex.slotWords` words per entry; `fieldValues` three numbers per
  /// value (field number, start, end); `fieldNames` the canonical field names by number.
  public struct Layout: Sendable, Equatable {
    public var slots: [UInt32]
    public var bytes: [UInt8]
    public var units: [UInt32]
    public var masks: [UInt32]
    public var fieldValues: [Int32]
    public var fieldNames: [String]

    public init(
      slots: [UInt32], bytes: [UInt8], units: [UInt32], masks: [UInt32], fieldValues: [Int32],
      fieldNames: [String]
    ) {
      self.slots = slots
      self.bytes = bytes
      self.units = units
      self.masks = masks
      self.fieldValues = fieldValues
      self.fieldNames = fieldNames
    }

    /// The number of entries.
    public var count: Int { slots.count / SearchIndex.slotWords }
  }

  /// The index's arrays (see `Layout`).
  public var layout: Layout {
    var words: [UInt32] = []
    words.reserveCapacity(slots.count * Self.slotWords)
    for slot in slots {
      for value in [
        slot.codeStart, slot.codeEnd, slot.nameStart, slot.nameEnd, slot.textEnd,
        slot.unitStart, slot.nameUnitEnd, slot.unitEnd, slot.fieldStart, slot.fieldEnd,
      ] {
        words.append(UInt32(bitPattern: value))
      }
      words.append(slot.mask)
      words.append(slot.codeHead)
      words.append(slot.nameHead)
      for bloom in [slot.bloom, slot.pairs, slot.prefixes] {
        for word in [bloom.words.0, bloom.words.1, bloom.words.2, bloom.words.3] {
          words.append(UInt32(truncatingIfNeeded: word))
          words.append(UInt32(truncatingIfNeeded: word >> 32))
        }
      }
    }
    var values: [Int32] = []
    values.reserveCapacity(fieldValues.count * 3)
    for value in fieldValues {
      values.append(value.field)
      values.append(value.start)
      values.append(value.end)
    }
    var names = [String](repeating: "", count: fieldNumbers.count)
    for (name, number) in fieldNumbers where Int(number) < names.count {
      names[Int(number)] = name
    }
    return Layout(
      slots: words, bytes: bytes, units: units, masks: masks, fieldValues: values,
      fieldNames: names)
  }

  /// An index read back from a layout; nil when the layout is inconsistent (a range outside
  /// its arrays, an unknown field), so that damaged data never reaches the scan.
  ///
  /// It matches and ranks exactly as the index the layout came from, but holds no entries:
  /// `entry(at:)` gives an empty entry and `position(ofID:)` nil. It is for searching only.
  public init?(layout: Layout, fieldAliases: [String: String] = [:]) {
    let words = layout.slots
    guard words.count % Self.slotWords == 0, layout.units.count == layout.masks.count,
      layout.fieldValues.count % 3 == 0, !layout.bytes.isEmpty, !layout.units.isEmpty,
      layout.fieldValues.count >= 3
    else { return nil }
    let byteCount = layout.bytes.count
    let unitCount = layout.units.count
    let valueCount = layout.fieldValues.count / 3
    var values: [FieldValue] = []
    values.reserveCapacity(valueCount)
    for index in 0..<valueCount {
      let value = FieldValue(
        field: layout.fieldValues[index * 3], start: layout.fieldValues[index * 3 + 1],
        end: layout.fieldValues[index * 3 + 2])
      if index > 0 {
        guard value.field >= 0, Int(value.field) < layout.fieldNames.count, value.start >= 0,
          value.start <= value.end, Int(value.end) <= byteCount
        else { return nil }
      }
      values.append(value)
    }
    let count = words.count / Self.slotWords
    var slots: [Slot] = []
    slots.reserveCapacity(count)
    for index in 0..<count {
      let base = index * Self.slotWords
      func int(_ offset: Int) -> Int32 { Int32(bitPattern: words[base + offset]) }
      func bloom(_ offset: Int) -> Bloom {
        func word(_ at: Int) -> UInt64 {
          UInt64(words[base + offset + at * 2]) | UInt64(words[base + offset + at * 2 + 1]) << 32
        }
        var bloom = Bloom()
        bloom.words = (word(0), word(1), word(2), word(3))
        return bloom
      }
      let slot = Slot(
        codeStart: int(0), codeEnd: int(1), nameStart: int(2), nameEnd: int(3),
        textEnd: int(4), unitStart: int(5), nameUnitEnd: int(6), unitEnd: int(7),
        fieldStart: int(8), fieldEnd: int(9), mask: words[base + 10],
        codeHead: words[base + 11], nameHead: words[base + 12], bloom: bloom(13),
        pairs: bloom(21), prefixes: bloom(29))
      guard slot.codeStart >= 0, slot.codeStart <= slot.codeEnd,
        slot.codeEnd == slot.nameStart, slot.nameStart <= slot.nameEnd,
        slot.nameEnd <= slot.textEnd, Int(slot.textEnd) <= byteCount, slot.unitStart >= 0,
        slot.unitStart <= slot.nameUnitEnd, slot.nameUnitEnd <= slot.unitEnd,
        Int(slot.unitEnd) <= unitCount, slot.fieldStart >= 0, slot.fieldStart <= slot.fieldEnd,
        Int(slot.fieldEnd) <= valueCount
      else { return nil }
      slots.append(slot)
    }
    var numbers: [String: Int32] = [:]
    for (number, name) in layout.fieldNames.enumerated() { numbers[name] = Int32(number) }
    self.fieldAliases = fieldAliases
    self.entries = Array(repeating: SearchEntry(id: "", name: ""), count: count)
    self.positionsByID = [:]
    self.slots = slots
    self.bytes = layout.bytes
    self.units = layout.units
    self.masks = layout.masks
    self.fieldValues = values
    self.fieldNumbers = numbers
    self.garbage = 0
  }

  /// The normalised code of the entry at `position` (`0..<count`), as the index compares it.
  public func normalisedCode(at position: Int) -> [UInt8] {
    let slot = slots[position]
    return Array(bytes[Int(slot.codeStart)..<Int(slot.codeEnd)])
  }
}
