/// The names of the files in a workspace directory (docs/file-format.md describes each).
public enum WorkspaceFiles {
  /// The workspace's own settings.
  public static let config = "workspace.json"
  /// The working-day calendar (holidays and make-up working days).
  public static let calendar = "calendar.txt"
  /// A readable listing of the staff, rewritten when the staff change (the journal is the record).
  public static let staffList = "staff.txt"

  /// The snapshot that starts a generation: `snapshot-000002.json` (generation 1 has none).
  public static func snapshot(_ generation: JournalGeneration) -> String {
    "snapshot-\(generation.digits).json"
  }

  /// The generation a snapshot file name belongs to, or nil for another name.
  public static func snapshotGeneration(_ name: String) -> JournalGeneration? {
    guard name.hasPrefix("snapshot-"), name.hasSuffix(".json") else { return nil }
    let digits = name.dropFirst(9).dropLast(5)
    guard digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(digits), number > 0
    else { return nil }
    return JournalGeneration(number)
  }
}
