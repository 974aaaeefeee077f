/// What a new referral records: its case, ground and the people held responsible.
public struct ReferralDraft: Hashable, Sendable {
  public var caseID: CaseID
  public var ground: ReferralGround
  public var responsiblePersons: [String]

  public init(caseID: CaseID, ground: ReferralGround, responsiblePersons: [String]) {
    self.caseID = caseID
    self.ground = ground
    self.responsiblePersons = responsiblePersons
  }
}
