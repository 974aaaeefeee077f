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

  /// Writes the snapshot and its lookup file and returns what failed, or nil.
  ///
  /// Old journals move to `history/` only after success. The lookup file is written after the
  /// snapshot; failing to write it is not a failure (lookup then opens the workspace).
  func run() -> String? {
    let bytes = SnapshotCodec.encode(
      state, generation: generation.number, sequence: Int64(sequence), head: head.description)
    let writer = AtomicFileWriter(fileSystem: fileSystem)
    do {
      try writer.write(bytes, to: directory.file(WorkspaceFiles.snapshot(generation)))
    } catch {
      return "\(error)"
    }
    try? writer.write(
      LookupFile.encode(state, snapshot: bytes, generation: generation.number),
      to: directory.file(LookupFile.fileName(generation)))
    WorkspaceHistory.retire(before: previous, in: directory)
    return nil
  }
}
