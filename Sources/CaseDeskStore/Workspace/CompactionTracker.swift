import Foundation

/// Whether a compaction is running, so that only one runs at a time, and a way to wait for it.
final class CompactionTracker: @unchecked Sendable {
  private let condition = NSCondition()
  private var running = false
  private var lastError: String?

  /// Marks a compaction as started; false when one is already running.
  func begin() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    guard !running else { return false }
    running = true
    lastError = nil
    return true
  }

  /// Marks the compaction as finished, with its error if it failed.
  func end(error: String?) {
    condition.lock()
    running = false
    lastError = error
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for a running compaction to finish; returns the last one's error.
  func wait() -> String? {
    condition.lock()
    defer { condition.unlock() }
    while running { condition.wait() }
    return lastError
  }
}
