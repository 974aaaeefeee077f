/// A short message for the message line: what happened, and whether it went well.
public struct Message: Equatable, Sendable {
  /// How the message reads: information, success or error.
  public enum Kind: Equatable, Sendable {
    case info
    case success
    case error
  }

  public var kind: Kind
  /// The message, already in the user's language.
  public var text: String

  /// Creates a message.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
