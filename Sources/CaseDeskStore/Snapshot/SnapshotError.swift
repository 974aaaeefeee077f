/// Why a snapshot could not be loaded: the line and what was wrong.
public struct SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var reason: String

  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  public var description: String { "line \(line): \(reason)" }
}
