/// The four lists as data: the bureau's list items, which it can change when its lists do.
public struct LeniencyCatalog: Hashable, Sendable {
  public var items: [LeniencyListItem]

  public init(items: [LeniencyListItem]) { self.items = items }

  /// The item with a code, if it is on the given list.
  public func item(_ id: String, on list: LeniencyList) -> LeniencyListItem? {
    items.first { $0.id == id && $0.list == list }
  }

  /// The items of one list, in order.
  public func items(on list: LeniencyList) -> [LeniencyListItem] {
    items.filter { $0.list == list }
  }

  /// A small standard set modelled on provincial lists (Liaoning, Zhejiang, Shanghai 2019–2023).
  public static let standard = LeniencyCatalog(items: [
    LeniencyListItem(
      id: "NP-01", list: .noPenalty,
      title: LocalizedText(
        zh: "污染物排放浓度超标不足0.1倍，首次且及时改正",
        en: "A pollutant over the standard by less than 0.1×, first time, corrected in time"),
      basis: LocalizedText(zh: "行政处罚法第三十三条第一款", en: "Administrative Penalty Law art. 33(1)"),
      criteria: [
        .firstOffence, .minor, .correctedInTime, .noHarmfulConsequence,
        .notInSensitiveArea,
      ]),
    LeniencyListItem(
      id: "NP-02", list: .noPenalty,
      title: LocalizedText(
        zh: "未按规定设置危险废物识别标志，及时改正",
        en: "Hazardous-waste signs missing, corrected in time"),
      basis: LocalizedText(zh: "行政处罚法第三十三条第一款", en: "Administrative Penalty Law art. 33(1)"),
      criteria: [.minor, .correctedInTime, .noHarmfulConsequence]),
    LeniencyListItem(
      id: "NP-03", list: .noPenalty,
      title: LocalizedText(
        zh: "排污许可执行报告逾期提交不超过30日，首次且及时改正",
        en: "Permit execution report late by 30 days or less, first time, corrected"),
      basis: LocalizedText(zh: "行政处罚法第三十三条第一款", en: "Administrative Penalty Law art. 33(1)"),
      criteria: [.firstOffence, .minor, .correctedInTime, .noHarmfulConsequence],
      lookbackYears: 1),
    LeniencyListItem(
      id: "LP-01", list: .lighterPenalty,
      title: LocalizedText(
        zh: "主动消除或者减轻违法行为危害后果",
        en: "Eliminated or reduced the harm on its own initiative"),
      basis: LocalizedText(zh: "行政处罚法第三十二条第一项", en: "Administrative Penalty Law art. 32(1)"),
      criteria: [.correctedInTime]),
    LeniencyListItem(
      id: "LP-02", list: .lighterPenalty,
      title: LocalizedText(zh: "配合查处有立功表现", en: "Cooperated and helped the investigation"),
      basis: LocalizedText(zh: "行政处罚法第三十二条第三项", en: "Administrative Penalty Law art. 32(3)"),
      criteria: []),
    LeniencyListItem(
      id: "MP-01", list: .mitigatedPenalty,
      title: LocalizedText(
        zh: "首次违法且危害后果轻微并及时改正",
        en: "First offence, minor harm, corrected in time"),
      basis: LocalizedText(zh: "行政处罚法第三十二条", en: "Administrative Penalty Law art. 32"),
      criteria: [.firstOffence, .minor, .correctedInTime]),
    LeniencyListItem(
      id: "NC-01", list: .noCoerciveMeasures,
      title: LocalizedText(
        zh: "违法行为轻微、无证据灭失风险，可不采取查封扣押",
        en: "Minor violation with no risk of losing evidence: no seizure"),
      basis: LocalizedText(zh: "行政强制法第十六条第二款", en: "Administrative Coercion Law art. 16(2)"),
      criteria: [.minor, .noHarmfulConsequence]),
  ])
}
