import Glibc

/// The journal line format: `SEQ\tTIME\tOPERATOR\tTYPE\tDATA\tprev:PREV\tsum:SUM\n`.
///
/// SEQ is 12 digits, zero-padded; TIME is UTC `YYYY-MM-DDTHH:MM:SSZ`; OPERATOR, TYPE and DATA
/// are non-empty and hold no tab, line feed or carriage return; PREV and SUM are 32 lowercase
/// hex digits. SUM is the first 16 bytes of SHA-256 over the line from its first byte up to
/// and including the tab before `sum:`.
enum JournalLineFormat {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let sequenceDigits = 12
  static let timeLength = 20
  static let hashDigits = 32
  /// The largest sequence number that fits in 12 digits.
  static let maximumSequence: UInt64 = 999_999_999_999
  static let prevPrefix: [UInt8] = Array("prev:".utf8)
  static let sumPrefix: [UInt8] = Array("sum:".utf8)

  /// A line parsed (not yet checked against its neighbours), or why it is not a record.
  enum Parsed {
    case entry(JournalEntry)
    case problem(JournalLineProblem)
  }

  /// Parses and checksums the line in `buffer[start..<newline]` (`newline` is the index of its
  /// `\n`, which must exist).
  ///
  /// `checksums: false` skips the SHA-256 of bytes that were verified already (the replay of a
  /// journal recovery has just checked); every other check still runs.
  static func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, newline: Int, lineNumber: Int,
    checksums: Bool = true
  ) -> Parsed {
    // Find the six tabs; a seventh means too many fields.
    var tabs: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    var position = start
    var found = 0
    guard let base = buffer.baseAddress else { return .problem(.fieldCount(0)) }
    while found < 7 {
      let remaining = newline - position
      guard remaining > 0, let hit = memchr(base + position, Int32(tab), remaining) else { break }
      let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      switch found {
      case 0: tabs.0 = index
      case 1: tabs.1 = index
      case 2: tabs.2 = index
      case 3: tabs.3 = index
      case 4: tabs.4 = index
      case 5: tabs.5 = index
      default: break
      }
      found += 1
      position = index + 1
    }
    guard found == 6 else { return .problem(.fieldCount(found + 1)) }

    // SEQ
    guard tabs.0 - start == sequenceDigits else { return .problem(.malformedField("seq")) }
    var sequence: UInt64 = 0
    for index in start..<tabs.0 {
      let digit = buffer[index] &- 0x30
      guard digit < 10 else { return .problem(.malformedField("seq")) }
      sequence = sequence * 10 + UInt64(digit)
    }
    guard sequence > 0 else { return .problem(.malformedField("seq")) }

    // TIME
    let time = tabs.0 + 1..<tabs.1
    guard isTime(buffer, time) else { return .problem(.malformedField("time")) }

    // OPERATOR, TYPE, DATA
    let operatorID = tabs.1 + 1..<tabs.2
    let type = tabs.2 + 1..<tabs.3
    let data = tabs.3 + 1..<tabs.4
    guard !operatorID.isEmpty else { return .problem(.malformedField("operator")) }
    guard !type.isEmpty else { return .problem(.malformedField("type")) }
    guard !data.isEmpty else { return .problem(.malformedField("data")) }

    // prev:
    let prevField = tabs.4 + 1..<tabs.5
    guard prevField.count == prevPrefix.count + hashDigits,
      hasPrefix(buffer, at: prevField.lowerBound, prevPrefix),
      let previous = JournalHash.parse(buffer, at: prevField.lowerBound + prevPrefix.count)
    else { return .problem(.malformedField("prev")) }

    // sum:
    let sumField = tabs.5 + 1..<newline
    guard sumField.count == sumPrefix.count + hashDigits,
      hasPrefix(buffer, at: sumField.lowerBound, sumPrefix),
      let sum = JournalHash.parse(buffer, at: sumField.lowerBound + sumPrefix.count)
    else { return .problem(.malformedField("sum")) }

    let covered = UnsafeRawBufferPointer(
      UnsafeBufferPointer(rebasing: buffer[start..<sumField.lowerBound]))
    guard !checksums || JournalHash.of(covered) == sum else {
      return .problem(.checksumMismatch)
    }

    return .entry(
      JournalEntry(
        lineNumber: lineNumber, line: start..<newline + 1, sequence: sequence, time: time,
        operatorID: operatorID, type: type, data: data, previous: previous, sum: sum))
  }

  @inline(__always)
  static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ prefix: [UInt8])
    -> Bool
  {
    for index in prefix.indices where buffer[offset + index] != prefix[index] { return false }
    return true
  }

  /// Whether the bytes are `YYYY-MM-DDTHH:MM:SSZ` (digits and separators; not a calendar check).
  static func isTime(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count == timeLength else { return false }
    let start = range.lowerBound
    for offset in 0..<timeLength {
      let byte = buffer[start + offset]
      switch offset {
      case 4, 7: if byte != 0x2D { return false }
      case 10: if byte != 0x54 { return false }
      case 13, 16: if byte != 0x3A { return false }
      case 19: if byte != 0x5A { return false }
      default: if byte &- 0x30 >= 10 { return false }
      }
    }
    return true
  }

  /// Whether a text field may go into a line: non-empty, no tab, line feed or carriage return.
  static func isFieldAllowed(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      // One branch-free pass (the compiler vectorises it): any tab, line feed or return.
      var found: UInt8 = 0
      for byte in buffer {
        found |=
          (byte == tab ? 1 : 0) | (byte == newline ? 1 : 0) | (byte == carriageReturn ? 1 : 0)
      }
      return !buffer.isEmpty && found == 0
    }
  }

  /// Appends one complete line to `output` and returns its sum.
  static func append(
    sequence: UInt64, time: [UInt8], operatorID: some Collection<UInt8>,
    type: some Collection<UInt8>, data: some Collection<UInt8>, previous: JournalHash,
    to output: inout [UInt8]
  ) -> JournalHash {
    let start = output.count
    output.append(contentsOf: repeatElement(0x30, count: sequenceDigits))
    var value = sequence
    var index = start + sequenceDigits - 1
    while value > 0 && index >= start {
      output[index] = UInt8(truncatingIfNeeded: value % 10) &+ 0x30
      value /= 10
      index -= 1
    }
    output.append(tab)
    output.append(contentsOf: time)
    output.append(tab)
    output.append(contentsOf: operatorID)
    output.append(tab)
    output.append(contentsOf: type)
    output.append(tab)
    output.append(contentsOf: data)
    output.append(tab)
    output.append(contentsOf: prevPrefix)
    previous.appendHex(to: &output)
    output.append(tab)
    let sum = output.withUnsafeBytes {
      JournalHash.of(UnsafeRawBufferPointer(rebasing: $0[start...]))
    }
    output.append(contentsOf: sumPrefix)
    sum.appendHex(to: &output)
    output.append(newline)
    return sum
  }
}
