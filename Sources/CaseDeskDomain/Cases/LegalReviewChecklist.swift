/// The legal review's checklist (法制审核内容, MEE Order 30 article 52): each item confirmed or not,
/// and whether a crime referral is needed.
public struct LegalReviewChecklist: Hashable, Sendable {
  public var jurisdiction: Bool
  public var procedure: Bool
  public var facts: Bool
  public var basis: Bool
  public var discretion: Bool
  public var documents: Bool
  /// Whether the facts suggest a crime that must be referred (a fine never stands in for it).
  public var crimeReferralNeeded: Bool

  public init(
    jurisdiction: Bool, procedure: Bool, facts: Bool, basis: Bool, discretion: Bool,
    documents: Bool, crimeReferralNeeded: Bool
  ) {
    self.jurisdiction = jurisdiction
    self.procedure = procedure
    self.facts = facts
    self.basis = basis
    self.discretion = discretion
    self.documents = documents
    self.crimeReferralNeeded = crimeReferralNeeded
  }

  /// Whether all six checks are confirmed (a pass needs them all).
  public var allConfirmed: Bool {
    jurisdiction && procedure && facts && basis && discretion && documents
  }

  /// The names and fields of the checks not confirmed.
  var unconfirmed: [(field: String, zh: String, en: String)] {
    var result: [(String, String, String)] = []
    if !jurisdiction { result.append(("checklist.jurisdiction", "管辖", "jurisdiction")) }
    if !procedure { result.append(("checklist.procedure", "程序", "procedure")) }
    if !facts { result.append(("checklist.facts", "事实", "facts")) }
    if !basis { result.append(("checklist.basis", "法律依据", "legal basis")) }
    if !discretion { result.append(("checklist.discretion", "裁量", "discretion")) }
    if !documents { result.append(("checklist.documents", "文书", "documents")) }
    return result
  }
}
