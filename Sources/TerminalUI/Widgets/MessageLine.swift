/// The one-row line for the last message, such as `✖ 统一社会信用代码校验失败`.
public enum MessageLine {
  /// Draws the message (or a blank row for nil) in the first row of `area`.
  ///
  /// A marker tells the kind without colour: `·` info, `✔` success, `✖` error; marker and
  /// text use `.messageInfo`, `.messageSuccess` or `.messageError`. Long text ends in `…`.
  public static func render(into buffer: inout Buffer, area: Rect, message: Message?) {
    let line = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
    guard !line.isEmpty else { return }
    buffer.fill(line, role: .normal)
    guard let message else { return }
    let (marker, role): (String, StyleRole)
    switch message.kind {
    case .info: (marker, role) = ("·", .messageInfo)
    case .success: (marker, role) = ("✔", .messageSuccess)
    case .error: (marker, role) = ("✖", .messageError)
    }
    let firstLine = message.text.split(separator: "\n").first.map(String.init) ?? ""
    var shown = DisplayWidth.fit(marker + " " + firstLine, width: line.width)
    while shown.last == " " { shown.removeLast() }
    buffer.write(shown, x: line.x, y: line.y, role: role, clip: line)
  }
}
