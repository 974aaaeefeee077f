extension Buffer {
  /// A plain-text picture of the buffer for snapshots, bug reports and `--dump`.
  ///
  /// The first line gives the size and cursor; each row follows behind a `|`. With `styles`,
  /// a style layer follows: a legend line naming each code's role, then one code per cell
  /// (`.` for the default role), so highlighting can be read and compared too.
  public func dump(styles: Bool) -> String {
    var lines: [String] = []
    lines.append("size \(size)" + (cursor.map { " cursor \($0.x),\($0.y)" } ?? ""))
    lines.append(
      contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 })
    guard styles else { return lines.joined(separator: "\n") + "\n" }
    var codes: [StyleRole: Character] = [.normal: "."]
    var legend: [String] = []
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var styleRows: [String] = []
    for y in 0..<size.height {
      var row = ""
      for x in 0..<size.width {
        let role = self[x, y].role
        if codes[role] == nil {
          let code: Character = codes.count - 1 < alphabet.count ? alphabet[codes.count - 1] : "?"
          codes[role] = code
          legend.append("\(code)=\(role.name)")
        }
        row.append(codes[role] ?? "?")
      }
      while row.last == "." { row.removeLast() }
      styleRows.append("|" + row)
    }
    lines.append("styles " + legend.joined(separator: " "))
    lines += styleRows
    return lines.joined(separator: "\n") + "\n"
  }
}
