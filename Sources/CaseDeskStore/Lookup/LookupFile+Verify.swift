extension LookupFile {
  /// What is wrong with the lookup file of the newest snapshot in `directory`, or nil when it is
  /// sound or there is no snapshot: header, every section's checksum and the snapshot it names.
  static func problem(in directory: WorkspaceDirectory) -> String? {
    let fileSystem = directory.fileSystem
    guard let names = try? fileSystem.readDirectory(directory.path),
      let generation = names.compactMap({ WorkspaceFiles.snapshotGeneration($0) }).max()
    else { return nil }
    let name = fileName(generation)
    guard let bytes = try? fileSystem.readFile(directory.file(name)) else {
      return "\(name) is missing (lookup reads the whole workspace; compaction writes it)"
    }
    guard let header = header(bytes), header.generation == generation.number else {
      return "\(name) is damaged: bad header (compaction rewrites it)"
    }
    for section in Section.allCases {
      guard let entry = header.sections[section], entry.offset + entry.length <= bytes.count,
        checksum(bytes[entry.offset..<(entry.offset + entry.length)]) == entry.checksum
      else { return "\(name) is damaged: section \(section.rawValue) (compaction rewrites it)" }
    }
    let snapshot = directory.file(WorkspaceFiles.snapshot(generation))
    guard QuickLookup.snapshotMatches(header, at: snapshot, fileSystem: fileSystem) else {
      return "\(name) does not belong to \(WorkspaceFiles.snapshot(generation))"
    }
    return nil
  }
}
