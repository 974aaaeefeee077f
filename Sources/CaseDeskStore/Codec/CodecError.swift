/// Why bytes could not be read back into a value: what was wrong and where.
public struct CodecError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// Byte offset inside the data being read.
  public var offset: Int

  public init(_ message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  public var description: String { "\(message) at byte \(offset)" }
}
