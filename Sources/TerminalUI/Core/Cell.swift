/// One screen cell: a character, its display width and its semantic style.
///
/// A wide character (most CJK) occupies two cells: the lead cell holds the character with
/// `width == 2`; the cell to its right is a continuation with `width == 0`.
public struct Cell: Equatable, Sendable {
  public var character: Character
  public var width: UInt8
  public var role: StyleRole

  public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
    self.character = character
    self.width = width
    self.role = role
  }

  /// A blank cell in the given role.
  public static func blank(_ role: StyleRole = .normal) -> Cell { Cell(" ", width: 1, role: role) }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { width == 0 }
}
