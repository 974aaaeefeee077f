import CaseDeskDomain

/// Writing one snapshot and then removing the generations it makes unnecessary.
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
  /// Old files go only after success.
  func run() -> String? {
    let bytes = SnapshotCodec.encode(
      state, generation: generation.number, sequence: Int64(sequence), head: head.description)
    do {
      try AtomicFileWriter(fileSystem: fileSystem).write(
        bytes, to: directory.file(WorkspaceFiles.snapshot(generation)))
    } catch {
      return "\(error)"
    }
    removeGenerations(before: previous)
    return nil
  }

  /// Removes the files of generations older than `keep` (the previous generation stays).
  private func removeGenerations(before keep: JournalGeneration) {
    guard let names = try? fileSystem.readDirectory(directory.path) else { return }
    for name in names {
      let old = JournalGeneration(fileName: name) ?? WorkspaceFiles.snapshotGeneration(name)
      if let old, old < keep { try? fileSystem.unlink(directory.file(name)) }
    }
    try? fileSystem.syncDirectory(directory.path)
  }
}
