import TerminalUI

/// Draws the enterprise form over the pane, and its discard question when asked.
public enum EnterpriseFormView {
  /// The area the form is centred in: below the top bar, above the message line.
  public static func area(for size: Size) -> Rect {
    Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
  }

  /// The rows the form's fields get at a terminal size.
  public static func viewportHeight(_ form: EnterpriseForm, size: Size) -> Int {
    Form.viewportHeight(in: area(for: size), state: form.form)
  }

  /// Renders the form (and the discard question on top of it).
  public static func render(_ form: EnterpriseForm, into buffer: inout Buffer, size: Size) {
    Form.render(into: &buffer, area: area(for: size), state: form.form)
    if let question = form.discardQuestion {
      question.render(into: &buffer, area: Rect(size: size))
    }
  }
}
