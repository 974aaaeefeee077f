import CaseDeskStore
import Foundation
import Glibc

/// A fresh private directory under the system's temporary directory, removed on `remove()`.
struct TemporaryDirectory {
  let path: String

  init(_ label: String = "store") throws {
    var template = Array("\(NSTemporaryDirectory())/casedesk-\(label)-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      return mkdtemp(base) != nil
    }
    guard made else {
      throw FileSystemError(operation: "mkdtemp", path: label, errno: errno)
    }
    path = String(cString: template.map { $0 })
      .replacingOccurrences(of: "//", with: "/")
  }

  func file(_ name: String) -> String { "\(path)/\(name)" }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Reads a file's bytes through the real file system, or nil when it is missing.
func contents(_ path: String) -> [UInt8]? {
  try? PosixFileSystem().readFile(path)
}

/// Writes bytes to a file through the real file system (not atomically: test setup only).
func overwrite(_ path: String, _ bytes: [UInt8]) throws {
  let fileSystem = PosixFileSystem()
  let file = try fileSystem.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
  try fileSystem.writeAll(file, bytes)
  try fileSystem.close(file)
}

/// The permission bits of a path.
func permissions(_ path: String) throws -> UInt32 {
  try PosixFileSystem().stat(path).permissions
}

/// Whether the long versions of the reliability tests were asked for (`CASEDESK_LONG=1`).
var longRun: Bool { ProcessInfo.processInfo.environment["CASEDESK_LONG"] == "1" }

/// Formats a count with thousands separators: `18,312`.
func grouped(_ value: Int) -> String {
  let text = String(value)
  var result = ""
  for (index, character) in text.enumerated() {
    if index > 0, (text.count - index) % 3 == 0 { result.append(",") }
    result.append(character)
  }
  return result
}
