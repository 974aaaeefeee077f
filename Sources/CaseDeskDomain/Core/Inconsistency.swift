/// An event that cannot apply to the state it meets (a journal edited by hand, a bug).
///
/// `apply` throws it and leaves the state unchanged; the store reports the record's place.
public struct Inconsistency: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
