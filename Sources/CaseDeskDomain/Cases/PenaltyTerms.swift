/// What a penalty imposes: the fine in fen (1 yuan = 100 fen; integers, never floating point),
/// other measures, the legal basis, and the discretion notes (裁量说明).
public struct PenaltyTerms: Hashable, Sendable {
  /// The fine in fen (分); 0 when there is no fine.
  public var fineFen: Int
  /// Other measures (警告, 责令停产整治, 没收违法所得…), or empty.
  public var otherMeasures: String
  public var legalBasis: String
  public var discretion: String

  public init(fineFen: Int, otherMeasures: String = "", legalBasis: String, discretion: String) {
    self.fineFen = fineFen
    self.otherMeasures = otherMeasures
    self.legalBasis = legalBasis
    self.discretion = discretion
  }
}
