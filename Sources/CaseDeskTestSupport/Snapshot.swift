import Foundation
import TerminalUI
import Testing

/// Text snapshots of buffers, compared with files in the test target's `__Snapshots__/`.
///
/// A snapshot is the buffer's text, then (optionally) a style layer: one code per cell, `.` for
/// the default role, with a legend naming each code's role, so highlighting is checked too.
/// Set `SNAPSHOT_RECORD=1` to (re)write snapshots; recording always fails the test, so it is
/// never silent. A missing snapshot is written and fails the same way.
public enum Snapshot {
  /// The text form of a buffer compared against the stored snapshot.
  public static func render(_ buffer: Buffer, styles: Bool = true) -> String {
    buffer.dump(styles: styles)
  }

  /// Compares a buffer with the snapshot `name` beside the calling test file.
  public static func assertMatches(
    _ buffer: Buffer, named name: String, styles: Bool = true,
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = render(buffer, styles: styles)
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    let stored = try? String(contentsOf: file, encoding: .utf8)
    if recording || stored == nil {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
          "Recorded snapshot \(name) at \(file.path); run again without SNAPSHOT_RECORD to compare.",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("Cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let stored, stored != actual else { return }
    Issue.record(
      "Snapshot \(name) differs.\n--- stored\n\(stored)--- actual\n\(actual)",
      sourceLocation: sourceLocation)
  }
}
