/// The four grounds of administrative detention, Environmental Protection Law article 63.
public enum DetentionGround: Hashable, Sendable {
  /// (1) Building without an environmental impact assessment and refusing to stop.
  case buildingWithoutEIA
  /// (2) Discharging without a permit and refusing to stop.
  case dischargingWithoutPermit
  /// (3) Evading supervision to discharge.
  case evasiveDischarge(EvasiveMeans)
  /// (4) Producing or using banned pesticides and refusing to correct.
  case bannedPesticides

  /// The ground in both languages.
  public var title: LocalizedText {
    switch self {
    case .buildingWithoutEIA:
      return LocalizedText(
        zh: "未依法进行环境影响评价，被责令停止建设，拒不执行",
        en: "Building without EIA and refusing to stop")
    case .dischargingWithoutPermit:
      return LocalizedText(
        zh: "未取得排污许可证排放污染物，被责令停止排污，拒不执行",
        en: "Discharging without permit and refusing to stop")
    case .evasiveDischarge(let means):
      return LocalizedText(
        zh: "逃避监管排放污染物：\(means.title.zh)", en: "Evasive discharge: \(means.title.en)")
    case .bannedPesticides:
      return LocalizedText(
        zh: "生产、使用国家明令禁止的农药，被责令改正，拒不改正",
        en: "Banned pesticides not corrected")
    }
  }
}
