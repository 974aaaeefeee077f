/// A problem in a file the user edits (a theme, the config), located by file, line and key.
///
/// The description reads like a compiler diagnostic:
/// `Themes/x.toml:12: styles."list.row" fg: unknown colour "acent"`.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file as given to the loader (a path, or `Themes/NAME.toml` for shipped themes).
  public var file: String
  /// The 1-based line of the offending key, when known.
  public var line: Int?
  /// The offending key as written (`styles."list.row" fg`), when there is one.
  public var key: String?
  /// What is wrong, in one line.
  public var reason: String

  /// Creates a problem; `line` and `key` are optional.
  public init(file: String, line: Int? = nil, key: String? = nil, reason: String) {
    self.file = file
    self.line = line
    self.key = key
    self.reason = reason
  }

  /// The one-line diagnostic: `file:line: key: reason`, leaving out what is unknown.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let key { text += key + ": " }
    return text + reason
  }
}
