import CaseDeskDomain

/// Answers `casedesk lookup` from the newest snapshot's lookup file without loading the
/// workspace: the search over the stored index, then only the records one status card reads.
///
/// Journals written after the snapshot are read and their changes that concern the enterprise
/// shown are applied. Whenever the quick answer could differ from a full open (no lookup file,
/// a damaged one, a journal that is not clean, a change to an enterprise or to the staff since
/// the snapshot, a change that does not apply), `open` or `state(of:)` gives nil and the caller
/// opens the workspace as usual.
public struct QuickLookup {
  /// The workspace's config.
  public let config: WorkspaceConfig
  private let directory: WorkspaceDirectory
  private let header: LookupFile.Header
  private let snapshotPath: String
  private let lookupPath: String
  private let index: SearchIndex
  /// The state of the snapshot's header line (settings, counters) with the calendar.
  private let base: DomainState
  private let staffRange: Range<Int>
  /// The changes saved after the snapshot, with the bytes of their journal lines.
  private let events: [(event: Event, line: [UInt8])]

  /// Opens the quick lookup of the workspace at `path`; nil when the workspace must be opened.
  public static func open(at path: String, fileSystem: any FileSystem = PosixFileSystem())
    -> QuickLookup?
  {
    let directory = WorkspaceDirectory(path: path, fileSystem: fileSystem)
    guard (try? directory.check()) != nil,
      let configBytes = try? fileSystem.readFile(directory.file(WorkspaceFiles.config)),
      let config = try? WorkspaceConfig.decode(configBytes),
      let names = try? fileSystem.readDirectory(path),
      let generation = names.compactMap({ WorkspaceFiles.snapshotGeneration($0) }).max()
    else { return nil }
    let lookupPath = directory.file(LookupFile.fileName(generation))
    let snapshotPath = directory.file(WorkspaceFiles.snapshot(generation))
    // A file on the machine's own file system is mapped, so its 80-odd MB of index sections
    // are copied once, straight into the index; any other file system is read whole.
    let found: (header: LookupFile.Header, index: SearchIndex, common: [UInt64])?
    if fileSystem is PosixFileSystem, let mapped = MappedFile(path: lookupPath) {
      found = QuickLookup.readIndex(mapped.bytes)
    } else if let bytes = try? fileSystem.readFile(lookupPath) {
      found = bytes.withUnsafeBytes { QuickLookup.readIndex($0) }
    } else {
      found = nil
    }
    guard let found, found.header.generation == generation.number,
      QuickLookup.snapshotMatches(found.header, at: snapshotPath, fileSystem: fileSystem)
    else { return nil }
    let (header, index, common) = found
    // The snapshot's header line: settings, counters and where the journal continues.
    var notices: [WorkspaceNotice] = []
    var base = DomainState()
    base.calendar = WorkspaceCalendar.load(directory, fileSystem: fileSystem, notices: &notices)
    guard
      let headerLine = QuickLookup.read(
        snapshotPath, Int(common[0])..<Int(common[1]), fileSystem: fileSystem),
      let snapshotHeader = try? SnapshotCodec.readHeader(
        headerLine, (0, headerLine.count), into: &base),
      snapshotHeader.generation == generation.number,
      let head = JournalHash(hex: snapshotHeader.head),
      let events = QuickLookup.events(
        after: generation, names: names, head: head,
        sequence: UInt64(max(0, snapshotHeader.sequence)), directory: directory)
    else { return nil }
    return QuickLookup(
      config: config, directory: directory, header: header, snapshotPath: snapshotPath,
      lookupPath: lookupPath, index: index, base: base,
      staffRange: Int(common[2])..<Int(common[3]), events: events)
  }

  /// The lookup file's header, search index and common ranges from its bytes; nil when a
  /// section is missing, fails its checksum, or does not make a consistent index.
  static func readIndex(_ bytes: UnsafeRawBufferPointer) -> (
    header: LookupFile.Header, index: SearchIndex, common: [UInt64]
  )? {
    guard let header = LookupFile.header(Array(bytes.prefix(16_384))) else { return nil }
    func section(_ name: LookupFile.Section) -> UnsafeRawBufferPointer? {
      guard let entry = header.sections[name], entry.offset + entry.length <= bytes.count else {
        return nil
      }
      let slice = UnsafeRawBufferPointer(
        rebasing: bytes[entry.offset..<(entry.offset + entry.length)])
      return LookupFile.checksum(slice) == entry.checksum ? slice : nil
    }
    var layout = SearchIndex.RawLayout(sections: [:])
    for name in LookupFile.Section.index {
      guard let body = section(name) else { return nil }
      layout.sections[name.rawValue] = body
    }
    guard
      let common = section(.snapshot).flatMap({
        LookupFile.numbers(Array($0)[...], as: UInt64.self)
      }),
      common.count == 4,
      let index = SearchIndex(layout: layout, fieldAliases: SearchEntry.enterpriseFieldAliases),
      index.count == header.count, common[0] <= common[1], common[2] <= common[3],
      common[3] <= UInt64(header.snapshotSize)
    else { return nil }
    return (header, index, common)
  }

  /// The positions matching `text`, best first (a full USCC that matches exactly is alone):
  /// the same answer as `EnterpriseLookup.find` on the whole workspace.
  public func find(_ text: String) -> [Int] {
    let wanted = text.trimmingSpaces.uppercased()
    let code = Array(SearchText.normalise(wanted).utf8)
    if !code.isEmpty {
      for position in 0..<index.count where index.normalisedCode(at: position) == code {
        if let enterprise = enterprise(at: position), enterprise.id == EnterpriseID(wanted) {
          return [position]
        }
      }
    }
    var search = IncrementalSearch(index: index)
    return search.results(for: text)
  }

  /// The enterprise at `position` as the snapshot holds it (nothing changed since: `open`
  /// checked), or nil when it cannot be read.
  public func enterprise(at position: Int) -> Enterprise? {
    guard let first = ranges(of: position)?.first,
      case .enterprise(_, let value?)? = record(first)
    else { return nil }
    return value
  }

  /// The state holding what the status card of the enterprise at `position` reads, with the
  /// changes since the snapshot that concern it applied; nil when that is not certain.
  public func state(of position: Int) -> DomainState? {
    guard let ranges = ranges(of: position), let first = ranges.first,
      case .enterprise(let id, _?)? = record(first)
    else { return nil }
    var state = base
    for range in ranges {
      guard let snapshot = record(range) else { return nil }
      state.restoreForLoad(snapshot)
    }
    if !staffRange.isEmpty {
      guard let staff = QuickLookup.read(snapshotPath, staffRange, fileSystem: fileSystem)
      else { return nil }
      for line in LookupFile.lineRanges(staff + [0x0A]) {
        var reader = JSONReader(staff, from: line.start, to: line.end)
        guard let snapshot = try? RecordSnapshot.read(from: &reader), case .staff = snapshot
        else { return nil }
        state.restoreForLoad(snapshot)
      }
    }
    let needle = Array(id.raw.utf8)
    for (event, line) in events {
      var relevant = false
      if case .settings = event.change { relevant = true }
      if !relevant { relevant = event.change.affectedRecords.contains { state.contains($0) } }
      if !relevant { relevant = QuickLookup.contains(line, needle) }
      guard relevant else { continue }
      do {
        try state.apply(event)
      } catch {
        return nil
      }
    }
    return state
  }

  // MARK: Reading

  private var fileSystem: any FileSystem { directory.fileSystem }

  /// The snapshot byte ranges of the records of the enterprise at `position`.
  private func ranges(of position: Int) -> [Range<Int>]? {
    guard position >= 0, position < header.count,
      let starts = header.sections[.recordStarts], let records = header.sections[.records],
      let pair = QuickLookup.read(
        lookupPath, (starts.offset + position * 4)..<(starts.offset + position * 4 + 8),
        fileSystem: fileSystem),
      let bounds = LookupFile.numbers(pair[...], as: UInt32.self), bounds.count == 2,
      bounds[0] <= bounds[1], Int(bounds[1]) * 16 <= records.length
    else { return nil }
    let from = records.offset + Int(bounds[0]) * 16
    guard
      let bytes = QuickLookup.read(
        lookupPath, from..<(records.offset + Int(bounds[1]) * 16), fileSystem: fileSystem),
      let numbers = LookupFile.numbers(bytes[...], as: UInt64.self)
    else { return nil }
    var result: [Range<Int>] = []
    for index in stride(from: 0, to: numbers.count - 1, by: 2) {
      let start = Int(truncatingIfNeeded: numbers[index])
      let length = Int(truncatingIfNeeded: numbers[index + 1])
      guard start >= 0, length > 0, start + length < header.snapshotSize else { return nil }
      result.append(start..<(start + length))
    }
    return result
  }

  /// One snapshot record line, decoded; nil when it is not a whole record line.
  private func record(_ range: Range<Int>) -> RecordSnapshot? {
    // One byte either side: the newlines that must surround a record line.
    guard range.lowerBound > 0,
      let bytes = QuickLookup.read(
        snapshotPath, (range.lowerBound - 1)..<(range.upperBound + 1), fileSystem: fileSystem),
      bytes.first == 0x0A, bytes.last == 0x0A
    else { return nil }
    var reader = JSONReader(bytes, from: 1, to: bytes.count - 1)
    guard let snapshot = try? RecordSnapshot.read(from: &reader), (try? reader.expectEnd()) != nil
    else { return nil }
    return snapshot
  }

  /// The bytes of `range` of a file, or nil when they cannot all be read.
  static func read(_ path: String, _ range: Range<Int>, fileSystem: any FileSystem) -> [UInt8]? {
    guard range.lowerBound >= 0, let file = try? fileSystem.open(path, flags: 0, mode: 0) else {
      return nil
    }
    defer { try? fileSystem.close(file) }
    guard let bytes = try? fileSystem.pread(file, count: range.count, offset: range.lowerBound),
      bytes.count == range.count
    else { return nil }
    return bytes
  }

  /// Whether the snapshot is the one the lookup file was written for (size and trailer).
  static func snapshotMatches(
    _ header: LookupFile.Header, at path: String, fileSystem: any FileSystem
  ) -> Bool {
    guard let status = try? fileSystem.stat(path), status.size == header.snapshotSize else {
      return false
    }
    let trailerLength = SnapshotCodec.trailerBytes(header.snapshotDigest).count + 1
    guard header.snapshotSize > trailerLength,
      let tail = read(
        path, (header.snapshotSize - trailerLength - 1)..<header.snapshotSize,
        fileSystem: fileSystem),
      tail.first == 0x0A, tail.last == 0x0A
    else { return false }
    return LookupFile.trailerDigest(Array(tail[1..<(tail.count - 1)])) == header.snapshotDigest
  }

  /// The changes saved after the snapshot of `generation`, in order; nil when a journal is not
  /// clean, is missing, or holds a change to an enterprise or to the staff (which the lookup
  /// file's search data would not show).
  static func events(
    after generation: JournalGeneration, names: [String], head: JournalHash, sequence: UInt64,
    directory: WorkspaceDirectory
  ) -> [(event: Event, line: [UInt8])]? {
    let generations = names.compactMap { JournalGeneration(fileName: $0) }.filter {
      $0 >= generation
    }.sorted()
    guard generations.first == generation else { return nil }
    var base = head
    var next = sequence + 1
    var result: [(event: Event, line: [UInt8])] = []
    for journal in generations {
      let path = directory.file(journal.fileName)
      guard let bytes = try? directory.fileSystem.readFile(path) else { return nil }
      let (recovered, verdict) = JournalRecovery.examine(
        bytes, path: path, base: base, firstSequence: next)
      guard verdict == .clean else { return nil }
      var scanner = recovered.scanner()
      var failed = false
      scanner.forEachRecord { entry in
        guard !failed else { return }
        let type = entry.string(entry.type, in: bytes)
        guard type != JournalBatch.type else { return }
        guard
          let change = try? ChangeCodec.decode(
            type: type, data: bytes, from: entry.data.lowerBound, to: entry.data.upperBound),
          let time = JournalRecord.timestamp(entry.string(entry.time, in: bytes))
        else {
          failed = true
          return
        }
        let touchesSearch = change.affectedRecords.contains {
          switch $0 {
          case .enterprise, .staff: return true
          default: return false
          }
        }
        if touchesSearch {
          failed = true
          return
        }
        let actor = Actor(journalName: entry.string(entry.operatorID, in: bytes))
        result.append(
          (Event(actor: actor, time: time, change: change), Array(bytes[entry.line])))
      }
      guard !failed, scanner.problem == nil else { return nil }
      base = recovered.head
      next = recovered.nextSequence
    }
    return result
  }

  /// Whether `needle` occurs in `bytes`.
  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count)
    where bytes[start] == needle[0] && Array(bytes[start..<(start + needle.count)]) == needle {
      return true
    }
    return false
  }

  private init(
    config: WorkspaceConfig, directory: WorkspaceDirectory, header: LookupFile.Header,
    snapshotPath: String, lookupPath: String, index: SearchIndex, base: DomainState,
    staffRange: Range<Int>, events: [(event: Event, line: [UInt8])]
  ) {
    self.config = config
    self.directory = directory
    self.header = header
    self.snapshotPath = snapshotPath
    self.lookupPath = lookupPath
    self.index = index
    self.base = base
    self.staffRange = staffRange
    self.events = events
  }
}
