extension RectificationChange {
  /// The records this change touched (for the history view and undo).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .created(let id, let draft):
      return [.rectificationTask(id)] + draft.enterprises.map { .enterprise($0) }
    case .progressRecorded(let id, _), .districtAccepted(let id, _, _),
      .cityRecheckPassed(let id, _, _), .sentBackToDistrict(let id, _, _):
      return [.rectificationTask(id)]
    case .enterpriseLinked(let id, let enterprise), .enterpriseUnlinked(let id, let enterprise):
      return [.rectificationTask(id), .enterprise(enterprise)]
    }
  }

  /// One line saying what happened, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .created(let id, let draft):
      return LocalizedText(
        zh: "新建整改任务 \(id)：\(draft.title)（\(draft.district)，限 \(draft.deadline)）",
        en: "Created rectification task \(id): \(draft.title) (\(draft.district),"
          + " due \(draft.deadline))")
    case .progressRecorded(let id, let evidence):
      return LocalizedText(
        zh: "整改任务 \(id) 记录进展（佐证 \(evidence.count) 项）",
        en: "Recorded progress on task \(id) (\(evidence.count) evidence items)")
    case .districtAccepted(let id, let day, _):
      return LocalizedText(
        zh: "整改任务 \(id) 区验收（\(day)）", en: "District accepted task \(id) (\(day))")
    case .cityRecheckPassed(let id, let day, _):
      return LocalizedText(
        zh: "整改任务 \(id) 市复核通过（\(day)）", en: "City re-check passed task \(id) (\(day))")
    case .sentBackToDistrict(let id, let day, let reasons):
      return LocalizedText(
        zh: "整改任务 \(id) 市复核退回（\(day)）：\(reasons)",
        en: "City re-check sent task \(id) back (\(day)): \(reasons)")
    case .enterpriseLinked(let id, let enterprise):
      return LocalizedText(
        zh: "整改任务 \(id) 关联企业 \(enterprise)", en: "Linked \(enterprise) to task \(id)")
    case .enterpriseUnlinked(let id, let enterprise):
      return LocalizedText(
        zh: "整改任务 \(id) 取消关联企业 \(enterprise)", en: "Unlinked \(enterprise) from task \(id)")
    }
  }
}
