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
    var lines: [String] = []
    lines.append("size \(buffer.size)" + (buffer.cursor.map { " cursor \($0.x),\($0.y)" } ?? ""))
    let text = buffer.text
    lines.append(
      contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map {
        "|" + $0
      })
    guard styles else { return lines.joined(separator: "\n") + "\n" }
    var codes: [StyleRole: Character] = [.normal: "."]
    var legend: [String] = []
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var styleRows: [String] = []
    for y in 0..<buffer.size.height {
      var row = ""
      for x in 0..<buffer.size.width {
        let role = buffer[x, y].role
        if codes[role] == nil {
          let code = codes.count - 1 < alphabet.count ? alphabet[codes.count - 1] : "?"
          codes[role] = code
          legend.append("\(code)=\(role.name)")
        }
        row.append(codes[role] ?? "?")
      }
      while row.last == "." { row.removeLast() }
      styleRows.append("|" + row)
    }
    lines.append("styles " + legend.joined(separator: " "))
    lines += styleRows
    return lines.joined(separator: "\n") + "\n"
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
