/// A case's document number in the bureau's format: `鞍环罚〔2025〕12号`.
///
/// The prefix is the bureau's (`DomainSettings.caseNumberPrefix`), the year is the filing year,
/// and the sequence runs from 1 each year; the number is assigned when the case is filed.
public struct CaseNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let prefix: String
  public let year: Int
  public let sequence: Int

  /// A number from its parts, or nil when a part is out of range (an empty prefix, a prefix
  /// with brackets or digits, a year outside 1000–9999, a sequence below 1).
  public init?(prefix: String, year: Int, sequence: Int) {
    guard CaseNumber.isValidPrefix(prefix), (1000...9999).contains(year), sequence >= 1 else {
      return nil
    }
    self.prefix = prefix
    self.year = year
    self.sequence = sequence
  }

  /// Parses `PREFIX〔YYYY〕N号`; the ASCII brackets `[YYYY]` and `(YYYY)` are accepted for
  /// the hexagonal ones, and the sequence may not have leading zeros.
  public init?(_ text: some StringProtocol) {
    let chars = Array(String(text).filter { !$0.isWhitespace })
    guard let open = chars.firstIndex(where: { "〔[(（".contains($0) }),
      let close = chars.firstIndex(where: { "〕])）".contains($0) }), close > open,
      chars.last == "号"
    else { return nil }
    let prefix = String(chars[..<open])
    let yearText = String(chars[(open + 1)..<close])
    let sequenceText = String(chars[(close + 1)..<(chars.count - 1)])
    guard yearText.count == 4, yearText.allSatisfy({ $0.isASCII && $0.isNumber }),
      !sequenceText.isEmpty, sequenceText.allSatisfy({ $0.isASCII && $0.isNumber }),
      sequenceText.first != "0", sequenceText.count <= 6,
      let year = Int(yearText), let sequence = Int(sequenceText)
    else { return nil }
    self.init(prefix: prefix, year: year, sequence: sequence)
  }

  /// Whether a prefix can be used: non-empty, no brackets, no digits, no spaces, no `号`.
  public static func isValidPrefix(_ prefix: String) -> Bool {
    !prefix.isEmpty
      && prefix.allSatisfy { !$0.isNumber && !$0.isWhitespace && !"〔〕[]()（）号".contains($0) }
  }

  /// `鞍环罚〔2025〕12号`.
  public var description: String { "\(prefix)〔\(year)〕\(sequence)号" }

  public static func < (lhs: CaseNumber, rhs: CaseNumber) -> Bool {
    (lhs.year, lhs.prefix, lhs.sequence) < (rhs.year, rhs.prefix, rhs.sequence)
  }
}
