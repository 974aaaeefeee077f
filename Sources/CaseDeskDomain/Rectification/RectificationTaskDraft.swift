/// What a user fills in to create a rectification task.
public struct RectificationTaskDraft: Hashable, Sendable {
  public var title: String
  public var district: String
  public var deadline: Day
  public var evidence: [String]
  public var enterprises: [EnterpriseID]

  public init(
    title: String, district: String, deadline: Day, evidence: [String] = [],
    enterprises: [EnterpriseID] = []
  ) {
    self.title = title
    self.district = district
    self.deadline = deadline
    self.evidence = evidence
    self.enterprises = enterprises
  }
}
