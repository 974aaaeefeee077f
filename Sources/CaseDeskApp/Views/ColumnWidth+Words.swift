import TerminalUI

extension ColumnWidth {
  /// A fixed width for a column of a few known words: the widest word, and the header too
  /// when it is only a little wider.
  static func fitting(words: [String], header: String) -> ColumnWidth {
    let widest = words.map { DisplayWidth.columns($0) }.max() ?? 4
    return .fixed(max(widest, min(DisplayWidth.columns(header), widest + 2)))
  }
}
