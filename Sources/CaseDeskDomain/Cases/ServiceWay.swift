/// How a decision was delivered (送达方式, Civil Procedure Law as applied by article 61).
public enum ServiceWay: String, Hashable, Sendable, CaseIterable {
  /// 直接送达 on the spot to the party present.
  case inPerson
  /// 留置送达.
  case leftAtPremises
  /// 邮寄送达.
  case post
  /// 电子送达 with the party's consent.
  case electronic
  /// 委托送达.
  case entrusted
  /// 公告送达.
  case announcement

  /// The way's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .inPerson: return LocalizedText(zh: "直接送达", en: "in person")
    case .leftAtPremises: return LocalizedText(zh: "留置送达", en: "left at the premises")
    case .post: return LocalizedText(zh: "邮寄送达", en: "by post")
    case .electronic: return LocalizedText(zh: "电子送达", en: "electronically")
    case .entrusted: return LocalizedText(zh: "委托送达", en: "entrusted")
    case .announcement: return LocalizedText(zh: "公告送达", en: "by announcement")
    }
  }
}
