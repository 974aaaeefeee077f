import CaseDeskDomain

/// Why a CSV file cannot be read, naming the line where that is known.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line the problem starts on, nil for the whole file.
  public var line: Int?
  public var message: LocalizedText

  public init(line: Int?, message: LocalizedText) {
    self.line = line
    self.message = message
  }

  public var description: String {
    line.map { "line \($0): \(message.en)" } ?? message.en
  }
}
