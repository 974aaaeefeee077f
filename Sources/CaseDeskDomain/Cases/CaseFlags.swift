/// Flags that make a legal review (法制审核) and a collective discussion (集体讨论) required.
///
/// A hearing held also requires a legal review (Administrative Penalty Law article 58); it is
/// read from the hearing record, not flagged.
public struct CaseFlags: Hashable, Sendable {
  /// 涉及重大公共利益.
  public var majorPublicInterest: Bool
  /// 案情复杂、涉及多个法律关系.
  public var complex: Bool
  /// Why the flags were set (required when a flag is set).
  public var note: String

  public init(majorPublicInterest: Bool = false, complex: Bool = false, note: String = "") {
    self.majorPublicInterest = majorPublicInterest
    self.complex = complex
    self.note = note
  }
}
