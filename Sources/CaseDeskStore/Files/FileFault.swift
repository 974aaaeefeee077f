/// One injected failure: which call it hits, and what happens instead.
///
/// A fault matches calls of one operation whose path ends with `pathSuffix` (any path when
/// nil). It fires on the `nth` matching call (1-based) and on the `times - 1` matching calls
/// after it, so `times: .max` makes a failure that persists, like a full disk.
public struct FileFault: Equatable, Sendable {
  /// What the faulty call does.
  public enum Effect: Equatable, Sendable {
    /// Throws a `FileSystemError` with this `errno` without touching the file.
    case error(Int32)
    /// A `write` that writes at most this many bytes, really, and returns the short count.
    case shortWrite(Int)
    /// A `write` that really writes this many bytes and then throws `errno` (a disk that fills
    /// up part-way through).
    case partialWriteThenError(Int, Int32)
    /// `freeSpace` reports this many bytes.
    case freeSpace(UInt64)
    /// `fileSystemType` reports this type (`nfs4`).
    case fileSystemType(String)
  }

  /// The operation to hit.
  public var operation: FileOperation
  /// The end of the path to hit; nil hits every path.
  public var pathSuffix: String?
  /// The first matching call that fails, counting from 1.
  public var nth: Int
  /// How many matching calls fail from the `nth` on.
  public var times: Int
  /// What happens instead of the call.
  public var effect: Effect

  /// Creates a fault.
  public init(
    _ operation: FileOperation, pathSuffix: String? = nil, nth: Int = 1, times: Int = 1,
    effect: Effect
  ) {
    self.operation = operation
    self.pathSuffix = pathSuffix
    self.nth = nth
    self.times = times
    self.effect = effect
  }

  /// Whether a call of `operation` on `path` is one this fault counts.
  public func matches(_ operation: FileOperation, path: String) -> Bool {
    guard operation == self.operation else { return false }
    guard let pathSuffix else { return true }
    return path.hasSuffix(pathSuffix)
  }
}
