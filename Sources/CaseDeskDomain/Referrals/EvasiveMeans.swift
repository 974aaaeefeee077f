/// How a polluter evaded supervision (逃避监管), Environmental Protection Law article 63(3).
public enum EvasiveMeans: String, Hashable, Sendable, CaseIterable {
  /// 暗管.
  case hiddenPipe
  /// 渗井、渗坑.
  case seepageWell
  /// 篡改、伪造监测数据.
  case falsifiedMonitoringData
  /// 不正常运行防治污染设施.
  case abnormalOperationOfFacilities

  /// The means in both languages.
  public var title: LocalizedText {
    switch self {
    case .hiddenPipe: return LocalizedText(zh: "通过暗管排放", en: "hidden pipes")
    case .seepageWell: return LocalizedText(zh: "通过渗井、渗坑排放", en: "seepage wells or pits")
    case .falsifiedMonitoringData:
      return LocalizedText(zh: "篡改、伪造监测数据", en: "falsified monitoring data")
    case .abnormalOperationOfFacilities:
      return LocalizedText(
        zh: "不正常运行防治污染设施", en: "abnormal operation of treatment facilities")
    }
  }
}
