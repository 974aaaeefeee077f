/// The `history/` folder of a workspace: journal generations that compaction has retired.
///
/// Compaction moves a generation's journal here (a rename, so its bytes and 0600 mode stay as
/// they were) once a newer snapshot makes it unnecessary for loading; loading never reads it,
/// backup copies it, and the record history reads it with the live journals.
public enum WorkspaceHistory {
  /// The folder's name inside the workspace.
  public static let folderName = "history"

  /// The folder's path inside `directory`.
  public static func path(in directory: WorkspaceDirectory) -> String {
    directory.file(folderName)
  }

  /// The retired generations, oldest first (none when the folder is missing).
  public static func generations(in directory: WorkspaceDirectory) -> [JournalGeneration] {
    (try? JournalGeneration.all(in: path(in: directory), fileSystem: directory.fileSystem)) ?? []
  }

  /// Moves the journals of generations older than `keep` into the folder and removes their
  /// snapshots and lookup files, then syncs both directories.
  ///
  /// Best effort: a journal that cannot be moved stays where it is (loading ignores journals
  /// older than the newest snapshot, so nothing is lost either way).
  static func retire(before keep: JournalGeneration, in directory: WorkspaceDirectory) {
    let fileSystem = directory.fileSystem
    guard let names = try? fileSystem.readDirectory(directory.path) else { return }
    let folder = path(in: directory)
    var moved = false
    for name in names.sorted() {
      if let old = WorkspaceFiles.snapshotGeneration(name)
        ?? LookupFile.generation(ofFileName: name),
        old < keep
      {
        try? fileSystem.unlink(directory.file(name))
        continue
      }
      guard let old = JournalGeneration(fileName: name), old < keep else { continue }
      do {
        try WorkspaceDirectory.makeDirectory(folder, fileSystem: fileSystem)
        try fileSystem.rename(directory.file(name), to: "\(folder)/\(name)")
        moved = true
      } catch {
        continue
      }
    }
    if moved { try? fileSystem.syncDirectory(folder) }
    try? fileSystem.syncDirectory(directory.path)
  }
}
