import CaseDeskDomain

/// Loads a workspace's state: the newest snapshot, then every journal generation from it.
struct WorkspaceLoader {
  /// What loading found.
  struct Loaded {
    var state: DomainState
    var generation: JournalGeneration
    var head: JournalHash
    var lastSequence: UInt64
    /// The current generation's recovered journal, to append to.
    var journal: RecoveredJournal?
    var notices: [WorkspaceNotice] = []
    /// Set when the workspace must open read-only.
    var problem: WorkspaceAccess?
  }

  /// Loads the state; never throws: problems make it read-only with the reason.
  ///
  /// Only the lock holder repairs (`repair`): it sets a torn tail aside in quarantine. A
  /// read-only reader changes nothing and simply stops before a torn tail (which may be a
  /// record the writer is appending right now).
  static func load(
    _ directory: WorkspaceDirectory, calendar: WorkingDayCalendar, fileSystem: any FileSystem,
    repair: Bool
  ) -> Loaded {
    let names = (try? fileSystem.readDirectory(directory.path)) ?? []
    let journals = names.compactMap { JournalGeneration(fileName: $0) }.sorted()
    let snapshots = names.compactMap { WorkspaceFiles.snapshotGeneration($0) }.sorted()
    var loaded = Loaded(
      state: DomainState(), generation: .first, head: .zero, lastSequence: 0, journal: nil)
    loaded.state.calendar = calendar

    // The newest snapshot that loads; an unreadable newer one falls back to an older one
    // (a compaction that did not finish), never silently: it is reported.
    var start = JournalGeneration.first
    for generation in snapshots.reversed() {
      let path = directory.file(WorkspaceFiles.snapshot(generation))
      do {
        let bytes = try fileSystem.readFile(path)
        let (state, header) = try SnapshotCodec.decode(bytes, calendar: calendar)
        guard let head = JournalHash(hex: header.head) else {
          throw SnapshotError(line: 1, reason: "bad head hash")
        }
        loaded.state = state
        loaded.head = head
        loaded.lastSequence = UInt64(max(0, header.sequence))
        start = generation
        break
      } catch {
        loaded.problem = .unreadable(reason: "\(path): \(error)")
        return loaded
      }
    }

    let generations = journals.filter { $0 >= start }
    if generations.isEmpty {
      loaded.problem = .unreadable(
        reason: "no journal for generation \(start) in \(directory.path)")
      return loaded
    }
    for (index, generation) in generations.enumerated() {
      let path = directory.file(generation.fileName)
      let recovered: RecoveredJournal
      do {
        if repair {
          recovered = try JournalRecovery(fileSystem: fileSystem).open(
            path: path, base: loaded.head, firstSequence: loaded.lastSequence + 1,
            quarantineDirectory: directory.quarantinePath)
        } else {
          let bytes = try fileSystem.readFile(path)
          let (journal, verdict) = JournalRecovery.examine(
            bytes, path: path, base: loaded.head, firstSequence: loaded.lastSequence + 1)
          recovered = journal
          if case .tornTail(let offset, let problem) = verdict {
            loaded.notices.append(
              .tornTailLeft(
                JournalTornTail(
                  path: path, offset: offset, byteCount: bytes.count - offset,
                  quarantinePath: "", problem: problem)))
          }
        }
      } catch {
        loaded.problem = .unreadable(reason: "\(path): \(error)")
        return loaded
      }
      switch recovered.outcome {
      case .clean: break
      case .tornTail(let tail):
        loaded.notices.append(.tornTailQuarantined(tail))
      case .damaged(let damage):
        loaded.problem = .damaged(damage)
      }
      if let problem = replay(recovered, into: &loaded.state) {
        loaded.problem = .unreadable(reason: problem)
        return loaded
      }
      loaded.head = recovered.head
      loaded.lastSequence = recovered.nextSequence - 1
      loaded.generation = generation
      if index == generations.count - 1 { loaded.journal = recovered }
      if loaded.problem != nil { return loaded }
    }
    return loaded
  }

  /// Decodes and applies every verified record; returns the first problem, if any.
  static func replay(_ recovered: RecoveredJournal, into state: inout DomainState) -> String? {
    var scanner = recovered.scanner()
    let bytes = recovered.bytes
    var problem: String?
    scanner.forEachRecord { entry in
      guard problem == nil else { return }
      let type = entry.string(entry.type, in: bytes)
      guard type != JournalBatch.type else { return }
      do {
        let change = try ChangeCodec.decode(
          type: type, data: bytes, from: entry.data.lowerBound, to: entry.data.upperBound)
        let time = JournalRecord.timestamp(entry.string(entry.time, in: bytes))
        guard let time else { throw CodecError("bad time", offset: entry.time.lowerBound) }
        let actor = Actor(journalName: entry.string(entry.operatorID, in: bytes))
        try state.replay(Event(actor: actor, time: time, change: change))
      } catch {
        problem =
          "\(recovered.path) line \(entry.lineNumber) (byte \(entry.line.lowerBound)): \(error)"
      }
    }
    return problem
  }
}
