import CaseDeskDomain

/// A journal generation: the number in `journal-GGGGGG.log`, and the file-name rules.
///
/// A workspace starts at generation 1; compaction writes a snapshot and starts the next
/// generation, whose base hash is the previous generation's head hash and whose sequence
/// numbers continue where the previous one stopped.
public struct JournalGeneration: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The generation number, from 1.
  public var number: Int

  /// Creates a generation from its number.
  public init(_ number: Int) {
    self.number = number
  }

  /// The first generation of a new workspace.
  public static let first = JournalGeneration(1)

  /// The generation after this one.
  public var next: JournalGeneration { JournalGeneration(number + 1) }

  /// The number as six digits: `000001`.
  public var digits: String {
    let text = String(number)
    return String(repeating: "0", count: max(0, 6 - text.count)) + text
  }

  /// The journal file's name: `journal-000001.log`.
  public var fileName: String { "journal-\(digits).log" }

  /// Reads the generation from a journal file name; nil for any other name.
  public init?(fileName: String) {
    let bytes = Array(fileName.utf8)
    guard bytes.count == 18, fileName.hasPrefix("journal-"), fileName.hasSuffix(".log"),
      bytes[8..<14].allSatisfy({ $0 &- 0x30 < 10 }),
      let number = Int(String(decoding: bytes[8..<14], as: UTF8.self)), number > 0
    else { return nil }
    self.number = number
  }

  /// The quarantine file's name for a torn tail cut at `time`:
  /// `journal-000001-20250630T081500Z.tail`.
  public func quarantineFileName(at time: Timestamp) -> String {
    let compact = time.description.filter { $0 != "-" && $0 != ":" }
    return "journal-\(digits)-\(compact).tail"
  }

  /// Every journal generation in a directory, oldest first.
  public static func all(in directory: String, fileSystem: any FileSystem = PosixFileSystem())
    throws -> [JournalGeneration]
  {
    try fileSystem.readDirectory(directory).compactMap { JournalGeneration(fileName: $0) }.sorted()
  }

  /// The newest journal generation in a directory; nil when there is none.
  public static func current(in directory: String, fileSystem: any FileSystem = PosixFileSystem())
    throws -> JournalGeneration?
  {
    try all(in: directory, fileSystem: fileSystem).last
  }

  /// Orders by number.
  public static func < (lhs: JournalGeneration, rhs: JournalGeneration) -> Bool {
    lhs.number < rhs.number
  }

  /// The six digits.
  public var description: String { digits }
}
