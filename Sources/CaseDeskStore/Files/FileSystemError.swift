import Glibc

/// A failed file-system call: which operation, on which path, and the system's reason.
///
/// `message` is the system's wording for `errno` (`strerror`), so that a banner can say
/// "No space left on device" rather than a number.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The call that failed: `open`, `write`, `fdatasync`, `rename` and so on.
  public var operation: String
  /// The path the call was about (for `rename`, the source).
  public var path: String
  /// The system error number (`ENOSPC`, `EIO`, …); 0 when the failure is not the system's.
  public var errno: Int32
  /// A human description of the failure.
  public var message: String

  /// Creates an error with an explicit message.
  public init(operation: String, path: String, errno: Int32, message: String) {
    self.operation = operation
    self.path = path
    self.errno = errno
    self.message = message
  }

  /// Creates an error whose message is the system's description of `errno`.
  public init(operation: String, path: String, errno: Int32) {
    self.init(
      operation: operation, path: path, errno: errno, message: FileSystemError.describe(errno))
  }

  /// The system's description of an error number (`strerror`).
  public static func describe(_ errno: Int32) -> String {
    guard let text = strerror(errno) else { return "error \(errno)" }
    return String(cString: text)
  }

  /// `operation path: message`, as a log line or banner shows it.
  public var description: String { "\(operation) \(path): \(message)" }
}
