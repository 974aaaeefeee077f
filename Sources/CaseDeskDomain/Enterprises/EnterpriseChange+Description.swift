extension EnterpriseChange {
  /// The enterprise the change is about.
  public var enterprise: EnterpriseID {
    switch self {
    case .registered(let enterprise): return enterprise.id
    case .edited(let id, _, _), .commissionerAssigned(let id, _, _, _),
      .commissionerUnassigned(let id, _, _), .qrCodeDelivered(let id, _), .tagAdded(let id, _),
      .tagRemoved(let id, _):
      return id
    }
  }

  /// The records the change touched (only the enterprise: staff records do not change).
  public var affectedRecords: [RecordRef] { [.enterprise(enterprise)] }

  /// A one-line description for the history view.
  public var summary: LocalizedText {
    let id = enterprise.raw
    switch self {
    case .registered(let enterprise):
      let override = enterprise.usccOverrideReason.map {
        LocalizedText(zh: "（代码例外：\($0)）", en: " (code override: \($0))")
      }
      return LocalizedText(
        zh: "登记企业 \(enterprise.name)（\(id)）" + (override?.zh ?? ""),
        en: "Enterprise registered: \(enterprise.name) (\(id))" + (override?.en ?? ""))
    case .edited(_, let fields, _):
      return LocalizedText(
        zh: "修改 \(id)：" + fields.map(\.label.zh).joined(separator: "、"),
        en: "Edited \(id): " + fields.map(\.label.en).joined(separator: ", "))
    case .commissionerAssigned(_, let staff, let day, _):
      return LocalizedText(
        zh: "\(day) 指派服务专员 \(staff)：\(id)", en: "\(day) commissioner \(staff) assigned: \(id)")
    case .commissionerUnassigned(_, let staff, let day):
      return LocalizedText(
        zh: "\(day) 取消服务专员 \(staff)：\(id)", en: "\(day) commissioner \(staff) unassigned: \(id)")
    case .qrCodeDelivered(_, let day):
      return LocalizedText(
        zh: "\(day) 送达码上监督二维码：\(id)", en: "\(day) QR-supervision code delivered: \(id)")
    case .tagAdded(_, let tag):
      return LocalizedText(zh: "添加标签“\(tag)”：\(id)", en: "Tag \(tag) added: \(id)")
    case .tagRemoved(_, let tag):
      return LocalizedText(zh: "删除标签“\(tag)”：\(id)", en: "Tag \(tag) removed: \(id)")
    }
  }
}
