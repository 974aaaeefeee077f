/// One thing wrong in the config file, naming file, line and key.
public struct ConfigProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var key: String?
  public var reason: String

  public init(file: String, line: Int?, key: String?, reason: String) {
    self.file = file
    self.line = line
    self.key = key
    self.reason = reason
  }

  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let key { text += key + ": " }
    return text + reason
  }
}
