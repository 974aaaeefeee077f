import CaseDeskDomain
import Glibc

/// The lookup file of a snapshot (`lookup-000002.bin`): what `casedesk lookup` needs to answer
/// without loading the workspace.
///
/// The first line is text: `casedesk-lookup 1 GENERATION SNAPSHOT-SIZE SNAPSHOT-SHA256 COUNT`
/// (space-separated); then one line per section, `NAME OFFSET LENGTH CHECKSUM`, and an empty
/// line. The sections are little-endian binary: the enterprise search index's arrays
/// (`SearchIndex.Layout`, enterprises by name then USCC), the snapshot's header and staff lines
/// (byte ranges) and, per enterprise, the byte ranges of the snapshot lines its status card
/// reads (the enterprise first). The checksum (`LookupFile.checksum`) guards each section; the
/// file belongs to the snapshot whose size and digest it names, and nothing else.
public enum LookupFile {
  static let format = "casedesk-lookup"
  static let version = 2

  /// The sections, in file order.
  enum Section: String, CaseIterable {
    case shape, slots, bytes, codeBytes, units, fieldValues, codeBlooms, asciiSets, pairWords
    case prefixWords, fieldNames, snapshot, recordStarts, records

    /// The sections that hold the search index's layout (`SearchIndex.layoutSections`).
    static let index: [Section] = SearchIndex.layoutSections.compactMap { Section(rawValue: $0) }
  }

  /// Where one section lies in the file.
  struct SectionEntry: Equatable {
    var offset: Int
    var length: Int
    var checksum: UInt64
  }

  /// The parsed first lines of a lookup file.
  struct Header: Equatable {
    var generation: Int
    var snapshotSize: Int
    var snapshotDigest: String
    var count: Int
    var sections: [Section: SectionEntry]
  }

  /// The lookup file of `state`'s snapshot, whose bytes (as `SnapshotCodec.encode` wrote them
  /// from `state`) are `snapshot`.
  public static func encode(_ state: DomainState, snapshot: [UInt8], generation: Int) -> [UInt8] {
    let lines = lineRanges(snapshot)
    let records = SnapshotCodec.records(of: state)
    let (enterprises, entries) = state.enterpriseSearchEntries()
    let layout = SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases).layout
    var position: [EnterpriseID: Int] = [:]
    position.reserveCapacity(enterprises.count)
    for (index, enterprise) in enterprises.enumerated() { position[enterprise.id] = index }
    var owned = [[Int]](repeating: [], count: enterprises.count)
    var staffLines: [Int] = []
    var caseLines: [CaseID: Int] = [:]
    // Snapshot line k + 1 holds records[k]; line 0 is the header.
    func add(_ enterprise: EnterpriseID?, _ line: Int) {
      if let enterprise, let index = position[enterprise] { owned[index].append(line) }
    }
    for (number, record) in records.enumerated() {
      let line = number + 1
      switch record {
      case .enterprise(let id, _): add(id, line)
      case .staff: staffLines.append(line)
      case .supervisor: break
      case .positiveListEntry(let id, _): add(id, line)
      case .inspection(_, let value): add(value?.enterprise, line)
      case .clue(_, let value): add(value?.enterprise, line)
      case .enforcementCase(let id, let value):
        caseLines[id] = line
        add(value?.enterprise, line)
        for referral in value?.referrals ?? [] {
          add(state.referrals[referral]?.enterprise, line)
        }
      case .referral(_, let value):
        add(value?.enterprise, line)
        if let value {
          // A referral's clocks read its case, and the case's its referrals.
          add(state.cases[value.caseID]?.enterprise, line)
          if let caseLine = caseLines[value.caseID] { add(value.enterprise, caseLine) }
        }
      case .serviceRequest(_, let value): add(value?.enterprise, line)
      case .followUpVisit(_, let value): add(value?.enterprise, line)
      case .rectificationTask(_, let value):
        for enterprise in Set(value?.enterprises ?? []) { add(enterprise, line) }
      }
    }
    var starts: [UInt32] = [0]
    var ranges: [UInt64] = []
    for list in owned {
      var seen = Set<Int>()
      for line in list where seen.insert(line).inserted && line < lines.count {
        ranges.append(UInt64(lines[line].start))
        ranges.append(UInt64(lines[line].end - lines[line].start))
      }
      starts.append(UInt32(ranges.count / 2))
    }
    var common: [UInt64] = [0, 0, 0, 0]
    if let header = lines.first {
      common[0] = UInt64(header.start)
      common[1] = UInt64(header.end)
    }
    if let first = staffLines.first, let last = staffLines.last, last < lines.count {
      common[2] = UInt64(lines[first].start)
      common[3] = UInt64(lines[last].end)
    }
    let bodies: [(Section, [UInt8])] =
      Section.index.map { ($0, layout.sections[$0.rawValue] ?? []) } + [
        (.snapshot, raw(common)), (.recordStarts, raw(starts)), (.records, raw(ranges)),
      ]
    let digest = snapshotDigest(snapshot) ?? ""
    var head =
      "\(format) \(version) \(generation) \(snapshot.count) \(digest) \(enterprises.count)\n"
    // The section table's own length depends on the offsets it holds: fix the width.
    let tableLength = bodies.count * (24 + 1 + 20 + 1 + 20 + 1 + 16 + 1) + 1
    var offset = head.utf8.count + tableLength
    for (section, body) in bodies {
      let name = section.rawValue.padding(24)
      let start = String(offset).zeroPadded(20)
      let length = String(body.count).zeroPadded(20)
      let sum = hex(checksum(body[...]))
      head += "\(name) \(start) \(length) \(sum)\n"
      offset += body.count
    }
    head += "\n"
    var bytes = Array(head.utf8)
    bytes.reserveCapacity(offset)
    for (_, body) in bodies { bytes.append(contentsOf: body) }
    return bytes
  }

  /// The file name of a generation's lookup file: `lookup-000002.bin`.
  public static func fileName(_ generation: JournalGeneration) -> String {
    "lookup-\(generation.digits).bin"
  }

  /// The generation a lookup file name belongs to, or nil for another name.
  public static func generation(ofFileName name: String) -> JournalGeneration? {
    guard name.hasPrefix("lookup-"), name.hasSuffix(".bin") else { return nil }
    let digits = name.dropFirst(7).dropLast(4)
    guard digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(digits), number > 0
    else { return nil }
    return JournalGeneration(number)
  }

  /// The digest a snapshot's trailer line names, or nil when the bytes do not end with one.
  static func snapshotDigest(_ snapshot: [UInt8]) -> String? {
    guard snapshot.count > 2, snapshot.last == 0x0A else { return nil }
    var start = snapshot.count - 1
    while start > 0, snapshot[start - 1] != 0x0A { start -= 1 }
    return trailerDigest(Array(snapshot[start..<(snapshot.count - 1)]))
  }

  /// The digest in a trailer line (without its newline), or nil when it is not one.
  static func trailerDigest(_ line: [UInt8]) -> String? {
    let prefix = Array(#"{"end":true,"sha256":""#.utf8)
    guard line.count == prefix.count + 64 + 2, Array(line.prefix(prefix.count)) == prefix
    else { return nil }
    let digest = String(decoding: line[prefix.count..<(prefix.count + 64)], as: UTF8.self)
    guard SnapshotCodec.trailerBytes(digest) == line else { return nil }
    return digest
  }

  /// The lines of `bytes` (without their newlines).
  static func lineRanges(_ bytes: [UInt8]) -> [(start: Int, end: Int)] {
    var lines: [(start: Int, end: Int)] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var start = 0
      while start < buffer.count {
        guard let hit = memchr(base + start, 0x0A, buffer.count - start) else { break }
        let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        lines.append((start, end))
        start = end + 1
      }
    }
    return lines
  }

  /// Parses the first lines; nil when they are not a lookup file's.
  static func header(_ bytes: [UInt8]) -> Header? {
    var lines: [[Substring]] = []
    var start = 0
    while start < bytes.count, lines.count <= Section.allCases.count + 1 {
      guard let end = bytes[start...].firstIndex(of: 0x0A) else { return nil }
      let text = String(decoding: bytes[start..<end], as: UTF8.self)
      lines.append(text.split(separator: " ", omittingEmptySubsequences: true))
      start = end + 1
      if text.isEmpty { break }
    }
    guard lines.count == Section.allCases.count + 2, let first = lines.first, first.count == 6,
      first[0] == format, Int(first[1]) == version, let generation = Int(first[2]),
      let size = Int(first[3]), let count = Int(first[5]), count >= 0,
      lines.last?.isEmpty == true
    else { return nil }
    var sections: [Section: SectionEntry] = [:]
    for fields in lines.dropFirst().dropLast() {
      guard fields.count == 4, let section = Section(rawValue: String(fields[0])),
        let offset = Int(fields[1]), let length = Int(fields[2]),
        let sum = UInt64(fields[3], radix: 16), offset >= start, length >= 0
      else { return nil }
      sections[section] = SectionEntry(offset: offset, length: length, checksum: sum)
    }
    guard sections.count == Section.allCases.count else { return nil }
    return Header(
      generation: generation, snapshotSize: size, snapshotDigest: String(first[4]),
      count: count, sections: sections)
  }

  /// A 64-bit checksum of bytes (two running sums of 8-byte words, so that a changed, missing
  /// or reordered word changes it); cheap enough to check on every lookup.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// The checksum of bytes outside an array (a mapped file).
  static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var first: UInt64 = 0x6361_7365_6465_736B
    var second: UInt64 = UInt64(raw.count)
    let words = raw.count / 8
    var index = 0
    while index < words {
      let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
      first = first &+ word
      second = second &+ first
      index += 1
    }
    var tail: UInt64 = 0
    for offset in (words * 8)..<raw.count {
      tail = tail << 8 | UInt64(raw[offset])
    }
    first = first &+ tail
    second = second &+ first
    return first ^ (second << 1 | second >> 63)
  }

  /// The bytes of fixed-width numbers, little-endian as in memory.
  static func raw<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
    values.withUnsafeBytes { Array($0) }
  }

  /// Numbers read back from little-endian bytes; nil when the length does not fit.
  static func numbers<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>, as type: T.Type) -> [T]? {
    let size = MemoryLayout<T>.size
    guard bytes.count % size == 0 else { return nil }
    let count = bytes.count / size
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { raw in
        if let base = raw.baseAddress, let target = buffer.baseAddress, count > 0 {
          memcpy(UnsafeMutableRawPointer(target), base, count * size)
        }
      }
      initialized = count
    }
  }

  /// Sixteen lowercase hexadecimal digits.
  static func hex(_ value: UInt64) -> String {
    String(value, radix: 16).zeroPadded(16)
  }
}

extension String {
  /// The string left-padded with zeros to `width`.
  fileprivate func zeroPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }

  /// The string right-padded with spaces to `width`.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
