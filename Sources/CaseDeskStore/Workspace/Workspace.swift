import CaseDeskDomain
import Dispatch
import Foundation
import Glibc

/// An open workspace: the state in memory, kept durable in the journal of its directory.
///
/// Opening verifies the snapshot, replays the journal (checking checksum, sequence and chain),
/// sets a torn tail aside, and takes the one-writer lock; any damage leaves the workspace
/// readable but read-only, saying why. `perform` saves a change durably (one append and
/// `fdatasync`) before it applies it and returns; a failed save turns the session read-only.
public final class Workspace {
  public let directory: WorkspaceDirectory
  public let fileSystem: any FileSystem
  public private(set) var config: WorkspaceConfig
  public private(set) var state: DomainState
  /// Lookups by enterprise, stage and deadline, kept up to date with the state (built on
  /// first use, so that opening does not wait for it).
  public var index: WorkspaceIndex {
    if let builtIndex { return builtIndex }
    let built = WorkspaceIndex(state)
    builtIndex = built
    return built
  }
  private var builtIndex: WorkspaceIndex?
  public private(set) var access: WorkspaceAccess
  public private(set) var notices: [WorkspaceNotice]
  /// The generation being appended to.
  public private(set) var generation: JournalGeneration
  /// The chain's head hash (the last record's sum).
  public private(set) var head: JournalHash
  /// The last record's sequence number (0 for a new workspace).
  public private(set) var lastSequence: UInt64
  private var writer: JournalWriter?
  private var lock: WorkspaceLock?
  private let compaction = CompactionTracker()

  private init(
    directory: WorkspaceDirectory, fileSystem: any FileSystem, config: WorkspaceConfig,
    state: DomainState, access: WorkspaceAccess, notices: [WorkspaceNotice],
    generation: JournalGeneration, head: JournalHash, lastSequence: UInt64
  ) {
    self.directory = directory
    self.fileSystem = fileSystem
    self.config = config
    self.state = state
    self.access = access
    self.notices = notices
    self.generation = generation
    self.head = head
    self.lastSequence = lastSequence
  }

  // MARK: Creating

  /// Creates a new workspace directory with its config and calendar and an empty journal,
  /// then appends `events` (the demo's history, or nothing) in batches.
  ///
  /// Refuses a directory that already holds a workspace.
  @discardableResult
  public static func create(
    at path: String, config: WorkspaceConfig, events: [Event] = [],
    fileSystem: any FileSystem = PosixFileSystem()
  ) throws(WorkspaceError) -> Workspace {
    let directory = WorkspaceDirectory(path: path, fileSystem: fileSystem)
    do {
      try makeParents(of: path, fileSystem: fileSystem)
      try directory.create()
      if fileSystem.exists(directory.file(WorkspaceFiles.config)) {
        throw WorkspaceError.unusable("\(path) already holds a workspace")
      }
      _ = try directory.check()
      let writerFile = AtomicFileWriter(fileSystem: fileSystem)
      try writerFile.write(
        WorkspaceCalendar.defaultText, to: directory.file(WorkspaceFiles.calendar))
      let journal = try JournalWriter.create(
        path: directory.file(JournalGeneration.first.fileName), base: .zero, nextSequence: 1,
        fileSystem: fileSystem)
      var state = DomainState()
      var lastSequence: UInt64 = 0
      var head = JournalHash.zero
      var batch: [JournalDraft] = []
      func flush() throws {
        guard !batch.isEmpty else { return }
        let records = try journal.append(batch)
        lastSequence = records.last?.sequence ?? lastSequence
        head = records.last?.sum ?? head
        batch.removeAll(keepingCapacity: true)
      }
      for event in events {
        batch.append(draft(event))
        try state.apply(event)
        if batch.count >= 2000 { try flush() }
      }
      try flush()
      journal.close()
      // The config is written last: a directory without it is an unfinished creation.
      try writerFile.write(config.encoded(), to: directory.file(WorkspaceFiles.config))
      try writeStaffList(state, in: directory, fileSystem: fileSystem)
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.unusable("cannot create the workspace at \(path): \(error)")
    }
    return try open(at: path, operatorID: "@system", readOnly: false, fileSystem: fileSystem)
  }

  /// Creates the missing directories above `path` (0700, as a workspace's own).
  static func makeParents(of path: String, fileSystem: any FileSystem) throws {
    let parent = AtomicFileWriter.directory(of: path)
    guard parent != path, !parent.isEmpty, !fileSystem.exists(parent) else { return }
    try makeParents(of: parent, fileSystem: fileSystem)
    try WorkspaceDirectory.makeDirectory(parent, fileSystem: fileSystem)
  }

  // MARK: Opening

  /// Opens a workspace: verify, recover, lock, replay.
  ///
  /// Throws only when the directory is unusable; every other problem opens the workspace
  /// read-only with `access` saying why.
  public static func open(
    at path: String, operatorID: String, readOnly: Bool = false,
    fileSystem: any FileSystem = PosixFileSystem()
  ) throws(WorkspaceError) -> Workspace {
    let directory = WorkspaceDirectory(path: path, fileSystem: fileSystem)
    var notices: [WorkspaceNotice] = []
    do {
      notices += try directory.check().map { .warning($0) }
    } catch {
      throw WorkspaceError.unusable("\(error)")
    }
    let config: WorkspaceConfig
    do {
      config = try WorkspaceConfig.decode(
        fileSystem.readFile(directory.file(WorkspaceFiles.config)))
    } catch {
      throw WorkspaceError.unusable(
        "\(directory.file(WorkspaceFiles.config)) cannot be read: \(error)")
    }
    let calendar = WorkspaceCalendar.load(directory, fileSystem: fileSystem, notices: &notices)

    var access = WorkspaceAccess.writer
    var lock: WorkspaceLock?
    if readOnly {
      access = .readOnlyRequested
    } else {
      let holder = LockHolder(
        operatorID: operatorID, host: WorkspaceLock.hostName(), pid: getpid(),
        since: Timestamp(secondsSinceEpoch: Int64(time(nil))).description)
      do {
        switch try WorkspaceLock.acquire(workspace: path, holder: holder, fileSystem: fileSystem) {
        case .acquired(let acquired): lock = acquired
        case .heldByAnother(let other): access = .heldByAnother(other)
        }
      } catch {
        access = .unreadable(reason: "the lock file cannot be used: \(error)")
      }
    }

    let loaded = WorkspaceLoader.load(
      directory, calendar: calendar, fileSystem: fileSystem, repair: lock != nil)
    notices += loaded.notices
    if let problem = loaded.problem, access.isWritable || access == .readOnlyRequested {
      access = problem
    }
    let workspace = Workspace(
      directory: directory, fileSystem: fileSystem, config: config, state: loaded.state,
      access: access, notices: notices, generation: loaded.generation, head: loaded.head,
      lastSequence: loaded.lastSequence)
    workspace.lock = lock
    if access.isWritable, let recovered = loaded.journal {
      do {
        workspace.writer = try JournalWriter(recovered: recovered, fileSystem: fileSystem)
      } catch {
        workspace.access = .unreadable(reason: "the journal cannot be appended to: \(error)")
      }
    }
    if !workspace.access.isWritable { workspace.lock = nil }
    return workspace
  }

  // MARK: Changing

  /// Executes a command, saves its events durably, applies them, and returns them.
  ///
  /// Nothing is applied unless it was saved first; a refused command saves nothing.
  @discardableResult
  public func perform(_ command: Command, by actor: Actor, at time: Timestamp)
    throws(WorkspaceError) -> [Event]
  {
    guard access.isWritable, writer != nil else { throw WorkspaceError.readOnly(access) }
    let events: [Event]
    do {
      events = try Domain.execute(command, by: actor, at: time, in: state)
    } catch {
      throw WorkspaceError.refused(error.message.en)
    }
    try save(events)
    return events
  }

  /// Saves events that were already checked (an import's batch) and applies them.
  ///
  /// Several events are written as one journal batch (one write, one `fdatasync`, a
  /// `journal.batch` marker first), so that a crash keeps all of them or none.
  public func save(_ events: [Event]) throws(WorkspaceError) {
    guard access.isWritable, let writer else { throw WorkspaceError.readOnly(access) }
    guard !events.isEmpty else { return }
    let last: JournalRecord?
    do {
      last = try writer.appendBatch(Workspace.drafts(events))
    } catch {
      let reason = writer.failureReason ?? "\(error)"
      if writer.failureReason != nil {
        access = .writeFailed(reason: reason)
        self.writer = nil
        lock = nil
      }
      throw WorkspaceError.saveFailed(reason)
    }
    // Saved; now applied in place (all or nothing). Events come from `Domain.execute` on this
    // very state, so they apply; if they did not (a bug), stop writing.
    do {
      try state.apply(events)
      builtIndex?.update(after: events, in: state)
    } catch {
      access = .unreadable(reason: "a saved change does not apply: \(error.message)")
      writer.close()
      self.writer = nil
      lock = nil
      throw WorkspaceError.saveFailed(error.message)
    }
    lastSequence = last?.sequence ?? lastSequence
    head = last?.sum ?? head
    if writer.length > config.compactionThreshold { try? compact(background: true) }
    if events.contains(where: { if case .staff = $0.change { return true } else { return false } })
    {
      try? Workspace.writeStaffList(state, in: directory, fileSystem: fileSystem)
    }
  }

  /// The journal draft of an event.
  static func draft(_ event: Event) -> JournalDraft {
    let (type, data) = ChangeCodec.encode(event.change)
    return JournalDraft(
      time: event.time, operatorID: event.actor.journalName, type: type, data: data)
  }

  // MARK: Compaction

  /// Writes the state as a new snapshot and starts the next generation's journal.
  ///
  /// The next generation's journal starts at once (exclusive create, synced), so saving goes
  /// on; the snapshot of the state at that point is then written whole (exclusive create, 0600,
  /// fsync, rename, fsync of the directory) — on a background thread when `background` is true,
  /// so typing is never blocked. Only once the snapshot is in are the journals of generations
  /// older than the previous one moved into `history/` (their snapshots removed), which keeps
  /// the full audit trail; until then, loading replays the older journals as before.
  public func compact(background: Bool = false) throws(WorkspaceError) {
    guard access.isWritable, let writer else { throw WorkspaceError.readOnly(access) }
    guard compaction.begin() else { return }
    let next = generation.next
    let journal: JournalWriter
    do {
      journal = try JournalWriter.create(
        path: directory.file(next.fileName), base: head, nextSequence: lastSequence + 1,
        fileSystem: fileSystem)
    } catch {
      compaction.end(error: nil)
      throw WorkspaceError.saveFailed("compaction could not start, nothing was lost: \(error)")
    }
    writer.close()
    self.writer = journal
    let previous = generation
    generation = next
    let job = SnapshotJob(
      state: state, generation: next, previous: previous, sequence: lastSequence, head: head,
      directory: directory, fileSystem: fileSystem)
    guard background else {
      let failure = job.run()
      compaction.end(error: failure)
      if let failure {
        throw WorkspaceError.saveFailed(
          "the snapshot was not written, nothing was lost: \(failure)")
      }
      return
    }
    let tracker = compaction
    DispatchQueue.global(qos: .utility).async {
      tracker.end(error: job.run())
    }
  }

  /// Waits until a background compaction has finished; returns its error, if any.
  @discardableResult
  public func waitForCompaction() -> String? { compaction.wait() }

  /// The journal's current size in bytes (for the automatic compaction threshold).
  public var journalSize: Int { writer?.length ?? 0 }

  /// Re-reads the workspace to see what the writer has saved since (a read-only session).
  ///
  /// The whole workspace is loaded again, read-only, so a reader never touches the files.
  public func reload() throws(WorkspaceError) {
    guard !access.isWritable else { return }
    let fresh = try Workspace.open(
      at: directory.path, operatorID: "@reload", readOnly: true, fileSystem: fileSystem)
    state = fresh.state
    builtIndex = nil
    config = fresh.config
    notices = fresh.notices
    generation = fresh.generation
    head = fresh.head
    lastSequence = fresh.lastSequence
    if case .damaged = fresh.access { access = fresh.access }
    if case .unreadable = fresh.access { access = fresh.access }
  }

  /// Releases the lock and closes the journal (also done when the workspace is released).
  public func close() {
    compaction.wait()
    writer?.close()
    writer = nil
    lock = nil
  }

  /// Rewrites the readable staff listing.
  static func writeStaffList(
    _ state: DomainState, in directory: WorkspaceDirectory, fileSystem: any FileSystem
  ) throws {
    var text = "# CaseDesk staff list (written from the journal; edit staff in CaseDesk)\n"
    text += "# id\tname\troles\tactive\n"
    for member in state.staff.values.sorted(by: { $0.id < $1.id }) {
      let roles = member.roles.map(\.rawValue).joined(separator: ",")
      text += "\(member.id.raw)\t\(member.name)\t\(roles)\t\(member.isActive ? "yes" : "no")\n"
    }
    try AtomicFileWriter(fileSystem: fileSystem).write(
      text, to: directory.file(WorkspaceFiles.staffList))
  }
}
