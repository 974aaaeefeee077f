import CaseDeskDomain

/// The cells of one import row by column, without a dictionary per row.
struct ImportCells {
  private var values: [String?]

  init(row: CSVRow, mapping: [(index: Int, column: ExchangeColumn)]) {
    values = [String?](repeating: nil, count: 17)
    for (index, column) in mapping { values[column.ordinal] = row[index] }
  }

  /// The cell of a column, nil when the file has no such column.
  subscript(column: ExchangeColumn) -> String? { values[column.ordinal] }

  /// The value of each code byte (`0`–`9`, the letters of the alphabet), -1 for any other byte.
  private static let codeValues: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (value, character) in UnifiedSocialCreditCode.alphabet.enumerated() {
      if let byte = character.asciiValue { table[Int(byte)] = Int8(value) }
    }
    return table
  }()

  /// Whether an upper-case code passes its check character, computed on bytes; a code that
  /// fails is checked again by `UnifiedSocialCreditCode` for the reason.
  static func isValidCode(_ code: String) -> Bool {
    return code.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard bytes.count == 18 else { return false }
      var sum = 0
      for position in 0..<17 {
        let value = Int(codeValues[Int(bytes[position])])
        guard value >= 0 else { return false }
        sum += value * UnifiedSocialCreditCode.weights[position]
      }
      let check = codeValues[Int(bytes[17])]
      return check >= 0 && Int(check) == (31 - sum % 31) % 31
    } ?? false
  }
}
