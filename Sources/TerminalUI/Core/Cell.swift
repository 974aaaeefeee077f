/// One screen cell: a character, its display width and its semantic style.
///
/// A wide character (most CJK) occupies two cells: the lead cell holds the character with
/// `width == 2`; the cell to its right is a continuation with `width == 0`.
///
/// A cell is 8 bytes of plain data: the character is stored as its code point (or, for a
/// grapheme of several code points, as an interned number with the top bit set) and the role as
/// its interned number, so frames are filled, copied and compared without reference counting.
public struct Cell: Equatable, Sendable {
  /// The code point, or `graphemeFlag | number` for a multi-code-point grapheme.
  var code: UInt32
  var roleNumber: UInt16
  public var width: UInt8

  static let graphemeFlag: UInt32 = 0x8000_0000
  /// Graphemes of more than one code point (a letter with combining marks), interned.
  static let graphemes = InternTable(initial: [], limit: 1 << 20)

  public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
    self.code = Cell.code(for: character)
    self.width = width
    self.roleNumber = role.number
  }

  /// A cell holding one code point.
  init(scalar: Unicode.Scalar, width: UInt8, roleNumber: UInt16) {
    self.code = scalar.value
    self.width = width
    self.roleNumber = roleNumber
  }

  /// A blank cell in the given role.
  public static func blank(_ role: StyleRole = .normal) -> Cell { Cell(" ", width: 1, role: role) }

  /// A blank cell in the role with this number.
  static func blank(roleNumber: UInt16) -> Cell {
    Cell(scalar: " ", width: 1, roleNumber: roleNumber)
  }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { width == 0 }

  /// The character drawn in the cell.
  public var character: Character {
    get {
      if code & Cell.graphemeFlag == 0 {
        return Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}"
      }
      return Cell.graphemes.string(for: code & ~Cell.graphemeFlag)?.first ?? "\u{FFFD}"
    }
    set { code = Cell.code(for: newValue) }
  }

  /// The cell's semantic style.
  public var role: StyleRole {
    get { StyleRole(number: roleNumber) }
    set { roleNumber = newValue.number }
  }

  private static func code(for character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
      return first.value
    }
    guard let number = graphemes.number(for: String(character)) else { return 0xFFFD }
    return graphemeFlag | number
  }
}
