import CaseDeskDomain
import Crypto

/// The snapshot file: the whole state as JSON lines a clerk can read and grep.
///
/// Line 1 is a header (format, version, generation, sequence, head hash, record count, the
/// bureau's settings and the id counters); then one line per record
/// (`{"kind":…,"id":…,"record":{…}}`, enterprises first); the last line is
/// `{"end":true,"sha256":…}` over every byte before it, so a damaged snapshot is detected.
public enum SnapshotCodec {
  static let format = "casedesk-snapshot"
  static let version = 1

  /// The snapshot of a state after the event `sequence` with chain head `head`.
  public static func encode(
    _ state: DomainState, generation: Int, sequence: Int64, head: String
  ) -> [UInt8] {
    var body = JSONWriter(capacity: 1 << 20)
    let snapshots = records(of: state)
    body.object { w in
      w.field("format", format)
      w.field("version", version)
      w.field("generation", generation)
      w.field("sequence", sequence)
      w.field("head", head)
      w.field("records", snapshots.count)
      w.field("appliedEvents", state.appliedEvents)
      w.field(
        "counters",
        array: state.recordCounters.keys.sorted()
      ) { element, stem in
        element.array { pair in
          pair.value(stem)
          pair.value(state.recordCounters[stem] ?? 0)
        }
      }
      w.field("settings", object: { SettingsCodec.write(state.settings, to: &$0) })
    }
    var bytes = body.bytes
    bytes.append(0x0A)
    for snapshot in snapshots {
      var line = JSONWriter()
      snapshot.write(to: &line)
      bytes.append(contentsOf: line.bytes)
      bytes.append(0x0A)
    }
    bytes.append(contentsOf: trailerBytes(hex(Array(SHA256.hash(data: bytes)))))
    bytes.append(0x0A)
    return bytes
  }

  /// The last line's bytes for a digest (without the newline).
  static func trailerBytes(_ digest: String) -> [UInt8] {
    var trailer = JSONWriter()
    trailer.object { w in
      w.field("end", true)
      w.field("sha256", digest)
    }
    return trailer.bytes
  }

  /// Reads a snapshot back, verifying its trailer; any damage throws with its line.
  public static func decode(_ bytes: [UInt8], calendar: WorkingDayCalendar) throws(SnapshotError)
    -> (state: DomainState, header: SnapshotHeader)
  {
    var lines: [(start: Int, end: Int)] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      lines.append((start, index))
      start = index + 1
    }
    guard start == bytes.count, let trailerLine = lines.last, lines.count >= 2 else {
      throw SnapshotError(line: max(1, lines.count), reason: "the snapshot is incomplete")
    }
    // The trailer: a hash over every byte before it, written exactly as `encode` writes it.
    let digest = hex(Array(SHA256.hash(data: bytes[0..<trailerLine.start])))
    guard Array(bytes[trailerLine.start..<trailerLine.end]) == trailerBytes(digest) else {
      throw SnapshotError(line: lines.count, reason: "the checksum does not match (damaged file)")
    }
    var state = DomainState()
    state.calendar = calendar
    var header: SnapshotHeader?
    do {
      header = try readHeader(bytes, lines[0], into: &state)
    } catch {
      throw SnapshotError(line: 1, reason: "bad header: \(error)")
    }
    reserveCapacity(&state, for: bytes, lines: lines.dropFirst().dropLast())
    for (number, line) in lines.dropFirst().dropLast().enumerated() {
      var reader = JSONReader(bytes, from: line.start, to: line.end)
      do {
        let snapshot = try RecordSnapshot.read(from: &reader)
        try reader.expectEnd()
        state.restoreForLoad(snapshot)
      } catch {
        throw SnapshotError(line: number + 2, reason: "\(error)")
      }
    }
    guard let header, header.records == lines.count - 2 else {
      throw SnapshotError(line: lines.count, reason: "record count does not match the header")
    }
    return (state, header)
  }

  /// Sizes the state's tables for the records the lines hold, so loading never rehashes.
  ///
  /// Every record line starts `{"kind":"NAME"`; counting them first costs a byte comparison a
  /// line.
  static func reserveCapacity(
    _ state: inout DomainState, for bytes: [UInt8], lines: ArraySlice<(start: Int, end: Int)>
  ) {
    let prefix = Array(#"{"kind":""#.utf8)
    var counts: [UInt16: Int] = [:]
    for line in lines where line.end - line.start > prefix.count + 3 {
      var matches = true
      for index in prefix.indices where bytes[line.start + index] != prefix[index] {
        matches = false
        break
      }
      // A kind's first and third letters tell the kinds apart.
      if matches {
        let first = UInt16(bytes[line.start + prefix.count])
        let third = UInt16(bytes[line.start + prefix.count + 2])
        counts[first << 8 | third, default: 0] += 1
      }
    }
    func count(_ kind: String) -> Int {
      let letters = Array(kind.utf8)
      return counts[UInt16(letters[0]) << 8 | UInt16(letters[2])] ?? 0
    }
    state.enterprises.reserveCapacity(count("enterprise"))
    state.clues.reserveCapacity(count("clue"))
    state.cases.reserveCapacity(count("case"))
    state.inspections.reserveCapacity(count("inspection"))
    state.positiveList.reserveCapacity(count("positive"))
    state.serviceRequests.reserveCapacity(count("request"))
    state.followUpVisits.reserveCapacity(count("visit"))
    state.referrals.reserveCapacity(count("referral"))
    state.rectificationTasks.reserveCapacity(count("rectification"))
    state.staff.reserveCapacity(count("staff"))
    state.supervisors.reserveCapacity(count("supervisor"))
  }

  /// Every record as a snapshot line, in a stable order (enterprises first).
  static func records(of state: DomainState) -> [RecordSnapshot] {
    var result: [RecordSnapshot] = []
    result.reserveCapacity(
      state.enterprises.count + state.clues.count + state.inspections.count + state.cases.count)
    for id in state.enterprises.keys.sorted() {
      result.append(.enterprise(id, state.enterprises[id]))
    }
    for id in state.staff.keys.sorted() { result.append(.staff(id, state.staff[id])) }
    for id in state.supervisors.keys.sorted() {
      result.append(.supervisor(id, state.supervisors[id]))
    }
    for id in state.positiveList.keys.sorted() {
      result.append(.positiveListEntry(id, state.positiveList[id]))
    }
    for id in state.inspections.keys.sorted() {
      result.append(.inspection(id, state.inspections[id]))
    }
    for id in state.clues.keys.sorted() { result.append(.clue(id, state.clues[id])) }
    for id in state.cases.keys.sorted() { result.append(.enforcementCase(id, state.cases[id])) }
    for id in state.referrals.keys.sorted() { result.append(.referral(id, state.referrals[id])) }
    for id in state.serviceRequests.keys.sorted() {
      result.append(.serviceRequest(id, state.serviceRequests[id]))
    }
    for id in state.followUpVisits.keys.sorted() {
      result.append(.followUpVisit(id, state.followUpVisits[id]))
    }
    for id in state.rectificationTasks.keys.sorted() {
      result.append(.rectificationTask(id, state.rectificationTasks[id]))
    }
    return result
  }

  static func readHeader(
    _ bytes: [UInt8], _ line: (start: Int, end: Int), into state: inout DomainState
  ) throws(CodecError) -> SnapshotHeader {
    var reader = JSONReader(bytes, from: line.start, to: line.end)
    var formatName: String?
    var versionNumber: Int?
    var generation: Int?
    var sequence: Int64?
    var head: String?
    var records: Int?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "format": formatName = try r.readString()
      case "version": versionNumber = try r.readInt()
      case "generation": generation = try r.readInt()
      case "sequence": sequence = try r.readInt64()
      case "head": head = try r.readString()
      case "records": records = try r.readInt()
      case "appliedEvents": state.appliedEvents = try r.readInt()
      case "counters":
        try r.readElements { (pair: inout JSONReader) throws(CodecError) in
          var stem: String?
          var number: Int?
          var index = 0
          try pair.readElements { (item: inout JSONReader) throws(CodecError) in
            if index == 0 { stem = try item.readString() } else { number = try item.readInt() }
            index += 1
          }
          if let stem, let number { state.recordCounters[stem] = number }
        }
      case "settings": state.settings = try SettingsCodec.read(from: &r)
      default: try r.skipValue()
      }
    }
    guard formatName == format else { throw reader.error("not a CaseDesk snapshot") }
    guard versionNumber == version else {
      throw reader.error("snapshot version \(versionNumber ?? 0) is not supported")
    }
    return SnapshotHeader(
      generation: try reader.required(generation, "generation"),
      sequence: try reader.required(sequence, "sequence"), head: try reader.required(head, "head"),
      records: try reader.required(records, "records"))
  }

  /// Lowercase hexadecimal of bytes.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
