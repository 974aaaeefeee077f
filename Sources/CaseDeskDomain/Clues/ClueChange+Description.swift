extension ClueChange {
  /// The records this change touched (for the history view and undo).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .received(let id, let intake):
      return [.clue(id)] + (intake.enterprise.map { [.enterprise($0)] } ?? [])
    case .verified(let id, _), .filingDecisionExtended(let id, _), .dismissed(let id, _):
      return [.clue(id)]
    case .convertedToInspection(let id, let inspection):
      return [.clue(id), .inspection(inspection)]
    case .convertedToCase(let id, let caseID):
      return [.clue(id), .enforcementCase(caseID)]
    }
  }

  /// One line saying what happened, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .received(let id, let intake):
      return LocalizedText(
        zh: "登记线索 \(id)（\(intake.source.title.zh)）",
        en: "Registered clue \(id) (\(intake.source.title.en))")
    case .verified(let id, let verification):
      return LocalizedText(
        zh: "核实线索 \(id)：\(verification.title.zh)",
        en: "Checked clue \(id): \(verification.title.en)")
    case .filingDecisionExtended(let id, let reason):
      return LocalizedText(
        zh: "批准线索 \(id) 立案审查延期：\(reason)",
        en: "Extended the filing decision on clue \(id): \(reason)")
    case .dismissed(let id, let reason):
      return LocalizedText(zh: "线索 \(id) 销号：\(reason)", en: "Dismissed clue \(id): \(reason)")
    case .convertedToInspection(let id, let inspection):
      return LocalizedText(
        zh: "线索 \(id) 转检查 \(inspection)", en: "Converted clue \(id) to inspection \(inspection)")
    case .convertedToCase(let id, let caseID):
      return LocalizedText(
        zh: "线索 \(id) 立案 \(caseID)", en: "Opened case \(caseID) on clue \(id)")
    }
  }
}
