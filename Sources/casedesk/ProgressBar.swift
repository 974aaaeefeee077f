import Foundation

/// A one-line progress bar on stderr (for a terminal), redrawn in place.
final class ProgressBar {
  let label: String
  private var lastPercent = -1

  init(label: String) {
    self.label = label
  }

  /// Draws `done` of `total`; always continues.
  func show(_ done: Int, _ total: Int) -> Bool {
    let percent = total > 0 ? min(100, done * 100 / total) : 100
    guard percent != lastPercent else { return true }
    lastPercent = percent
    let width = 30
    let filled = percent * width / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)% \(done)/\(total)".utf8))
    return true
  }

  /// Ends the bar's line.
  func finish() {
    guard lastPercent >= 0 else { return }
    FileHandle.standardError.write(Data("\n".utf8))
  }
}
