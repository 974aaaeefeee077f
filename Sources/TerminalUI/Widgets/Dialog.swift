/// A centred modal box with a title, a wrapped message and a row of buttons.
///
/// All texts are already localized. A confirm dialog (`Dialog.confirm`) has two buttons, yes
/// at index 0 and no at index 1, reachable by `y` and `n` as well.
public struct Dialog: Equatable, Sendable {
  public var title: String
  public var message: String
  /// Button labels, drawn `[ 是 ]`.
  public var buttons: [String]
  /// The index of the focused button, which Enter chooses.
  public var focusedButton: Int
  /// Keys that choose a button directly (matched case-insensitively).
  public var shortcuts: [Character: Int]

  /// Creates a dialog with the first button focused unless said otherwise.
  public init(
    title: String, message: String, buttons: [String], focusedButton: Int = 0,
    shortcuts: [Character: Int] = [:]
  ) {
    self.title = title
    self.message = message
    self.buttons = buttons
    self.focusedButton = focusedButton
    self.shortcuts = shortcuts
  }

  /// A yes/no question: yes is button 0, no is button 1, `y` and `n` choose them directly.
  ///
  /// The focus starts on yes unless `defaultsToYes` is false (use that for destructive
  /// actions, so a stray Enter does no harm).
  public static func confirm(
    title: String, message: String, yes: String, no: String, defaultsToYes: Bool = true
  ) -> Dialog {
    Dialog(
      title: title, message: message, buttons: [yes, no], focusedButton: defaultsToYes ? 0 : 1,
      shortcuts: ["y": 0, "n": 1])
  }

  /// Applies one key; returns the result when the dialog closes, nil while it stays open.
  ///
  /// Left, `h` and Shift-Tab move the focus left; right, `l` and Tab move it right (Tab and
  /// Shift-Tab wrap around). Enter chooses the focused button, Esc cancels.
  public mutating func handle(_ key: Key) -> DialogResult? {
    let count = buttons.count
    switch key {
    case .escape:
      return .cancelled
    case .enter:
      guard count > 0 else { return .cancelled }
      return .chose(max(0, min(focusedButton, count - 1)))
    case .left, .character("h"):
      focusedButton = max(0, min(focusedButton, count - 1) - 1)
    case .right, .character("l"):
      focusedButton = max(0, min(focusedButton + 1, count - 1))
    case .tab:
      if count > 0 { focusedButton = (focusedButton + 1) % count }
    case .backTab:
      if count > 0 { focusedButton = (focusedButton - 1 + count) % count }
    case .character(let character):
      let lower = Character(character.lowercased())
      if let index = shortcuts[character] ?? shortcuts[lower], index >= 0, index < count {
        return .chose(index)
      }
    default:
      break
    }
    return nil
  }

  /// The text of one button, focused ones marked `▶[ 是 ]◀` so the focus shows without colour.
  ///
  /// Compact buttons (for narrow screens) drop the inner spaces: `▶[是]◀`.
  private func buttonText(_ index: Int, compact: Bool) -> String {
    let label = compact ? "[" + buttons[index] + "]" : "[ " + buttons[index] + " ]"
    return index == focusedButton ? "▶" + label + "◀" : " " + label + " "
  }

  /// Draws the dialog centred in `area`, clearing what is under it.
  ///
  /// The box is as wide as the message needs, up to 60 columns or the area's width; the
  /// message is wrapped and, when the area is too low, cut with `…`. The terminal cursor is
  /// put on the focused button.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.width >= 6, area.height >= 4 else { return }
    let maxInner = max(1, min(area.width - 4, 56))
    var buttonTexts = buttons.indices.map { buttonText($0, compact: false) }
    var buttonsWidth = buttonTexts.reduce(0) { $0 + DisplayWidth.columns($1) }
    if buttonsWidth > maxInner {
      buttonTexts = buttons.indices.map { buttonText($0, compact: true) }
      buttonsWidth = buttonTexts.reduce(0) { $0 + DisplayWidth.columns($1) }
    }
    let natural =
      message.split(separator: "\n").map { DisplayWidth.columns(String($0)) }
      .max() ?? 0
    let inner = min(maxInner, max(natural, buttonsWidth, DisplayWidth.columns(title) + 2, 16))
    var lines = TextWrap.lines(message, width: inner)
    let maxLines = max(0, area.height - 4)
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      if let last = lines.last {
        lines[lines.count - 1] = DisplayWidth.fit(last + "…", width: inner)
      }
    }
    let box = area.centered(width: inner + 4, height: lines.count + 4)
    buffer.fill(box, role: .dialog)
    let content = Box.draw(
      in: &buffer, box, title: title, role: .dialog, titleRole: .dialogTitle)
    let textArea = Rect(x: content.x + 1, y: content.y, width: inner, height: content.height)
    for (row, text) in lines.enumerated() {
      buffer.write(text, x: textArea.x, y: textArea.y + row, role: .dialogText, clip: textArea)
    }
    let buttonRow = box.maxY - 2
    var x = textArea.x + max(0, (inner - buttonsWidth) / 2)
    for (index, text) in buttonTexts.enumerated() {
      let focused = index == focusedButton
      if focused {
        let labelOffset = text.hasPrefix("▶[ ") ? 3 : 2
        buffer.cursor = Point(x: min(x + labelOffset, textArea.maxX - 1), y: buttonRow)
      }
      x += buffer.write(
        text, x: x, y: buttonRow, role: focused ? .dialogButtonFocused : .dialogButton,
        clip: textArea)
    }
  }
}
