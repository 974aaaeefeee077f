import Foundation

/// A thread-safe table that gives each distinct string a small number, once.
///
/// Cells store numbers instead of strings so that a buffer is plain data: filling, copying and
/// diffing a frame then move bytes instead of counting references.
final class InternTable: @unchecked Sendable {
  private let lock = NSLock()
  private var numbers: [String: UInt32] = [:]
  private var strings: [String] = []
  private let limit: Int

  /// A table whose first entries are `initial` (numbered from 0) and that holds at most `limit`.
  init(initial: [String], limit: Int) {
    self.limit = limit
    for string in initial where numbers[string] == nil {
      numbers[string] = UInt32(strings.count)
      strings.append(string)
    }
  }

  /// The number of a string, adding it when new; nil when the table is full.
  func number(for string: String) -> UInt32? {
    lock.lock()
    defer { lock.unlock() }
    if let number = numbers[string] { return number }
    guard strings.count < limit else { return nil }
    let number = UInt32(strings.count)
    numbers[string] = number
    strings.append(string)
    return number
  }

  /// The string with a number; nil for a number never given out.
  func string(for number: UInt32) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return Int(number) < strings.count ? strings[Int(number)] : nil
  }
}
