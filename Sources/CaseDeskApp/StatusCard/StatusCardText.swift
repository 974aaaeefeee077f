import CaseDeskDomain
import TerminalUI

/// The status card as plain text for `casedesk lookup`: the same lines as the app's card,
/// labels aligned by display width (so Chinese labels line up), no colours.
public enum StatusCardText {
  /// The card of `card` as lines of text, each ending in a line feed.
  ///
  /// The name is underlined with `=` as wide as it is; field labels are padded to the widest
  /// one; section items are indented by two columns. Nothing is cut: a long line stays long.
  public static func render(
    _ card: EnterpriseStatusCard, in domain: DomainState, strings: Strings
  ) -> String {
    let lines = StatusCardContent.lines(of: card, in: domain, strings: strings)
    let name = card.enterprise.name
    var output = name + "\n" + String(repeating: "=", count: DisplayWidth.columns(name)) + "\n"
    let labelWidth =
      lines.filter { $0.kind == .field }.map { DisplayWidth.columns($0.label) }.max() ?? 0
    for line in lines {
      switch line.kind {
      case .field:
        output +=
          DisplayWidth.fit(line.label, width: labelWidth, ellipsis: false) + "  "
          + line.text + "\n"
      case .heading:
        output += line.label + "\n"
      case .item:
        output += "  " + line.text + "\n"
      }
    }
    return output
  }
}
