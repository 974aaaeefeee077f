import TerminalUI

/// The `:` command line: the text typed and the completion cycle in progress.
public struct CommandLineState: Equatable, Sendable {
  public var field: TextFieldState
  /// Candidates offered by the last Tab, and which one is filled in.
  public var completions: [String]
  public var completionIndex: Int?

  public init(field: TextFieldState = TextFieldState(), completions: [String] = []) {
    self.field = field
    self.completions = completions
    self.completionIndex = nil
  }
}
