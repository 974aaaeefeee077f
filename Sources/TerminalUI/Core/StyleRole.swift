/// A semantic style name such as `list.row.selected`, resolved to colours by the theme.
///
/// Roles are hierarchical: a theme that does not define `list.row.selected` falls back to
/// `list.row`, then `list`, then `default`. Each distinct name gets a small number once, which
/// is what cells store and what equality compares.
public struct StyleRole: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let name: String
  /// The interned number of the name.
  let number: UInt16

  /// Interned role names; number 0 is `default`.
  static let table = InternTable(initial: ["default"], limit: Int(UInt16.max))

  public init(_ name: String) {
    self.name = name
    // A full table (65,535 distinct roles) draws further roles as `default`.
    self.number = StyleRole.table.number(for: name).map { UInt16($0) } ?? 0
  }

  public init(stringLiteral value: String) { self.init(value) }

  /// The role with an interned number (as stored in a cell).
  init(number: UInt16) {
    self.number = number
    self.name = StyleRole.table.string(for: UInt32(number)) ?? "default"
  }

  public var description: String { name }

  public static func == (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.number == rhs.number }

  public func hash(into hasher: inout Hasher) { hasher.combine(number) }

  /// The next more general role, or nil for `default`.
  public var parent: StyleRole? {
    if name == "default" { return nil }
    guard let dot = name.lastIndex(of: ".") else { return .normal }
    return StyleRole(String(name[..<dot]))
  }
}

extension StyleRole {
  public static let normal: StyleRole = "default"
  public static let border: StyleRole = "border"
  public static let title: StyleRole = "title"
  public static let dim: StyleRole = "text.dim"
  public static let topBar: StyleRole = "bar.top"
  public static let demoMark: StyleRole = "bar.top.demo"
  public static let readOnlyMark: StyleRole = "bar.top.readonly"
  public static let footer: StyleRole = "bar.footer"
  public static let footerKey: StyleRole = "bar.footer.key"
  public static let tab: StyleRole = "tab"
  public static let tabActive: StyleRole = "tab.active"
  public static let listHeader: StyleRole = "list.header"
  public static let listRow: StyleRole = "list.row"
  public static let listRowSelected: StyleRole = "list.row.selected"
  public static let listRowMarked: StyleRole = "list.row.marked"
  public static let inputText: StyleRole = "input.text"
  public static let inputCursor: StyleRole = "input.cursor"
  public static let dialog: StyleRole = "dialog"
  public static let dialogTitle: StyleRole = "dialog.title"
  public static let dialogButton: StyleRole = "dialog.button"
  public static let dialogButtonFocused: StyleRole = "dialog.button.focused"
  public static let messageInfo: StyleRole = "message.info"
  public static let messageError: StyleRole = "message.error"
  public static let messageSuccess: StyleRole = "message.success"
  public static let progressFilled: StyleRole = "progress.filled"
  public static let progressEmpty: StyleRole = "progress.empty"
  public static let searchMatch: StyleRole = "search.match"
  public static let clockOverdue: StyleRole = "clock.overdue"
  public static let clockDueSoon: StyleRole = "clock.due-soon"
}
