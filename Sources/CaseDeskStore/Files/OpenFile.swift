/// An open file descriptor together with the path it was opened from.
///
/// Keeping the path beside the descriptor lets every error name the file, and lets a
/// fault-injecting file system match calls by path.
public struct OpenFile: Hashable, Sendable {
  /// The kernel's file descriptor.
  public var descriptor: Int32
  /// The path given to `open`.
  public var path: String

  /// Wraps a descriptor opened from `path`.
  public init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }
}
