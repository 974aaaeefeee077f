/// A kind of investigation record (调查取证).
public enum EvidenceKind: String, Hashable, Sendable, CaseIterable {
  /// 现场检查（勘察）笔录.
  case onSiteRecord
  /// 调查询问笔录.
  case interview
  /// 采样记录.
  case sampling
  /// 监测数据 / 检测报告.
  case monitoringData
  /// Photos, video, documents and other evidence.
  case other

  /// The kind's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .onSiteRecord: return LocalizedText(zh: "现场检查笔录", en: "on-site record")
    case .interview: return LocalizedText(zh: "调查询问笔录", en: "interview record")
    case .sampling: return LocalizedText(zh: "采样记录", en: "sampling record")
    case .monitoringData: return LocalizedText(zh: "监测数据", en: "monitoring data")
    case .other: return LocalizedText(zh: "其他证据", en: "other evidence")
    }
  }
}
