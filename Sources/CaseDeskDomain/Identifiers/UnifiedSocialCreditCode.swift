/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a check character.
///
/// The alphabet is `0123456789ABCDEFGHJKLMNPQRTUWXY` (31 symbols; no I, O, S, V, Z); the 18th
/// character is computed from the first 17 with weights 3^(i−1) mod 31.
public struct UnifiedSocialCreditCode: Hashable, Sendable, CustomStringConvertible {
  /// The 31 symbols in value order.
  public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
  /// Weights of positions 1–17.
  public static let weights: [Int] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
  ]

  /// Why a text is not a valid code.
  public enum Problem: Error, Equatable, Sendable {
    case wrongLength(Int)
    case invalidCharacter(Character, position: Int)
    case checkCharacterMismatch(expected: Character, found: Character)
  }

  public let text: String

  /// Validates a code (upper-cases it first); throws the first problem found.
  ///
  /// A code of 18 ASCII bytes is checked on its bytes with a table; any other text, and any
  /// code that fails there, is checked again on characters, which names the problem.
  public init(_ raw: String) throws(Problem) {
    if let text = Self.checkedBytes(raw) {
      self.text = text
      return
    }
    let upper = raw.uppercased()
    let characters = Array(upper)
    guard characters.count == 18 else { throw .wrongLength(characters.count) }
    var values: [Int] = []
    for (offset, character) in characters.enumerated() {
      guard let value = Self.value(of: character) else {
        throw .invalidCharacter(character, position: offset + 1)
      }
      values.append(value)
    }
    let expected = Self.checkCharacter(forValues: Array(values.prefix(17)))
    guard expected == characters[17] else {
      throw .checkCharacterMismatch(expected: expected, found: characters[17])
    }
    self.text = upper
  }

  public var description: String { text }

  /// The value of each byte as a code symbol (either case), 31 for any byte outside the
  /// alphabet; built once from the alphabet.
  private static let byteValues: [UInt8] = {
    var table = [UInt8](repeating: 31, count: 256)
    for (value, character) in alphabet.enumerated() {
      guard let upper = character.asciiValue else { continue }
      table[Int(upper)] = UInt8(value)
      if upper >= 0x41 && upper <= 0x5A { table[Int(upper | 0x20)] = UInt8(value) }
    }
    return table
  }()

  /// The upper-case code when `raw` is 18 bytes of the alphabet (either case) whose last is
  /// the right check character; nil otherwise.
  static func checkedBytes(_ raw: String) -> String? {
    let bytes = raw.utf8
    guard bytes.count == 18 else { return nil }
    let table = byteValues
    var sum = 0
    var position = 0
    var hasLower = false
    for byte in bytes {
      let value = table[Int(byte)]
      guard value < 31 else { return nil }
      hasLower = hasLower || byte >= 0x61
      if position < 17 {
        sum += Int(value) * weights[position]
      } else if Int(value) != (31 - sum % 31) % 31 {
        return nil
      }
      position += 1
    }
    return hasLower ? raw.uppercased() : raw
  }

  /// The value of one symbol, or nil when it is not in the alphabet.
  public static func value(of character: Character) -> Int? {
    alphabet.firstIndex(of: character)
  }

  /// The check character for the first 17 symbols' values.
  public static func checkCharacter(forValues values: [Int]) -> Character {
    var sum = 0
    for (value, weight) in zip(values, weights) { sum += value * weight }
    let check = (31 - sum % 31) % 31
    return alphabet[check]
  }
}
