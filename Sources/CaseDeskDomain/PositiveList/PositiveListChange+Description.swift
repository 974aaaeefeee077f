extension PositiveListChange {
  /// The enterprise whose entry the change is about.
  public var enterprise: EnterpriseID {
    switch self {
    case .admissionProposed(let id, _, _, _, _), .admitted(let id, _, _, _, _),
      .admissionApproved(let id, _, _, _), .admissionRejected(let id, _, _),
      .suspended(let id, _, _), .restored(let id, _, _, _), .removed(let id, _, _),
      .reviewed(let id, _, _, _):
      return id
    }
  }

  /// The records the change touched (the entry and the enterprise's shown status).
  public var affectedRecords: [RecordRef] {
    [.positiveListEntry(enterprise), .enterprise(enterprise)]
  }

  /// A one-line description for the history view.
  public var summary: LocalizedText {
    let id = enterprise.raw
    switch self {
    case .admissionProposed(_, _, let day, _, _):
      return LocalizedText(zh: "\(day) 提出纳入正面清单：\(id)", en: "\(day) admission proposed: \(id)")
    case .admitted(_, _, let day, _, _):
      return LocalizedText(zh: "\(day) 纳入正面清单：\(id)", en: "\(day) admitted to the list: \(id)")
    case .admissionApproved(_, _, let day, _):
      return LocalizedText(zh: "\(day) 批准纳入正面清单：\(id)", en: "\(day) admission approved: \(id)")
    case .admissionRejected(_, let day, let reason):
      return LocalizedText(
        zh: "\(day) 驳回纳入：\(id)（\(reason)）", en: "\(day) admission rejected: \(id) (\(reason))")
    case .suspended(_, let reason, let day):
      return LocalizedText(
        zh: "\(day) 暂停正面清单资格：\(id)（\(reason.kind.title.zh)）",
        en: "\(day) suspended: \(id) (\(reason.kind.title.en))")
    case .restored(_, let day, _, _):
      return LocalizedText(zh: "\(day) 恢复正面清单资格：\(id)", en: "\(day) restored: \(id)")
    case .removed(_, let reason, let day):
      return LocalizedText(
        zh: "\(day) 移出正面清单：\(id)（\(reason.kind.title.zh)）",
        en: "\(day) removed: \(id) (\(reason.kind.title.en))")
    case .reviewed(_, let day, let next, _):
      return LocalizedText(
        zh: "\(day) 定期复核：\(id)，下次 \(next)", en: "\(day) reviewed: \(id), next \(next)")
    }
  }
}
