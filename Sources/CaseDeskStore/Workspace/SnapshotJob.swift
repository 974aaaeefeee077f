import CaseDeskDomain

/// Writing one snapshot and then retiring the generations it makes unnecessary to `history/`.
///
/// A value that owns a copy of the state, so it can run on another thread while the workspace
/// goes on saving into the next generation's journal.
struct SnapshotJob: @unchecked Sendable {
  let state: DomainState
  let generation: JournalGeneration
  let previous: JournalGeneration
  let sequence: UInt64
  let head: JournalHash
  let directory: WorkspaceDirectory
  let fileSystem: any FileSystem

  /// Writes the snapshot and returns what failed, or nil.
  ///
  /// Old journals move to `history/` only after success.
  func run() -> String? {
    let bytes = SnapshotCodec.encode(
      state, generation: generation.number, sequence: Int64(sequence), head: head.description)
    do {
      try AtomicFileWriter(fileSystem: fileSystem).write(
        bytes, to: directory.file(WorkspaceFiles.snapshot(generation)))
    } catch {
      return "\(error)"
    }
    WorkspaceHistory.retire(before: previous, in: directory)
    return nil
  }
}
