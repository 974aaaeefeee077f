import CaseDeskDomain

/// A small fixed register shown until the workspace store exists (see README).
///
/// The codes are valid unified social credit codes in Anshan's districts and counties; the
/// names are realistic but made up.
public enum SampleData {
  /// The sample staff list; the first member is the default operator.
  public static let staff: [StaffMember] = [
    StaffMember(
      id: "zhangwei", name: "张伟", roles: [.officer], certificateNumber: "21030020250001"),
    StaffMember(
      id: "liuna", name: "刘娜", roles: [.legalReviewer], legalQualification: "A20212103000123"),
    StaffMember(id: "chenjun", name: "陈军", roles: [.approver]),
    StaffMember(id: "wangmin", name: "王敏", roles: [.commissioner]),
    StaffMember(id: "sunli", name: "孙丽", roles: [.clerk]),
    StaffMember(id: "liqiang", name: "李强", roles: [.commissioner]),
    StaffMember(id: "zhaolei", name: "赵磊", roles: [.commissioner]),
    StaffMember(id: "liuyang", name: "刘洋", roles: [.commissioner]),
  ]

  /// The sample enterprises, in register order.
  public static var enterprises: [EnterpriseRow] {
    rows.compactMap { row in
      guard let code = try? UnifiedSocialCreditCode(row.0) else { return nil }
      let commissioner = row.8.flatMap { name in staff.first { $0.name == name }?.id }
      let enterprise = Enterprise(
        uscc: code.text, name: row.1, shortName: row.2, district: row.3, ownership: row.5,
        tier: row.4, isKeyDischargeUnit: row.6, commissioner: commissioner,
        positiveList: row.7)
      return EnterpriseRow(enterprise: enterprise, commissionerName: row.8, openCases: row.9)
    }
  }

  private typealias Row = (
    String, String, String, String, Enterprise.Tier, String, Bool, PositiveListStatus,
    String?, Int
  )

  private static let rows: [Row] = [
    ("91210302AY4CL12THM", "鞍山钢铁集团有限公司", "鞍钢集团", "铁东区", .key, "国有", true, .listed, "王敏", 1),
    ("912103033BJ1XG6128", "鞍山市铁西区宏达化工有限公司", "宏达化工", "铁西区", .key, "民营", true, .suspended, "李强", 2),
    ("91210381DD272HD1TH", "海城市镁都耐火材料有限公司", "镁都耐材", "海城市", .key, "民营", true, .candidate, "赵磊", 0),
    ("91210304J3Y7LLJY1G", "鞍山华晨精密铸造有限公司", "华晨铸造", "立山区", .general, "民营", false, .listed, nil, 0),
    (
      "91210311JJC171HU47", "鞍山市千山区绿源污水处理有限公司", "绿源污水", "千山区", .key, "国有", true, .notListed, "王敏", 1
    ),
    (
      "912103219D4H3J9HT6", "台安县金穗农产品加工有限公司", "金穗农产", "台安县", .general, "民营", false, .notListed, nil,
      0
    ),
    (
      "91210323M53JJL6B3B", "岫岩满族自治县玉都玉石加工厂", "玉都玉石", "岫岩满族自治县", .general, "集体", false, .listed,
      nil, 0
    ),
    ("91210303HN2J1K6FMW", "鞍山热电有限责任公司", "鞍山热电", "铁西区", .key, "国有", true, .listed, "刘洋", 0),
    ("91210304HDQAEJXEBC", "鞍山市立山区长兴电镀有限公司", "长兴电镀", "立山区", .key, "民营", true, .removed, "李强", 3),
    (
      "9121030097R5NQ72JA", "鞍山高新区银河新材料科技有限公司", "银河新材", "高新区", .general, "民营", false, .candidate,
      nil, 0
    ),
    (
      "912103819GFWAPE9KJ", "海城市重华菱镁制品有限公司", "重华菱镁", "海城市", .general, "外资", true, .notListed, "赵磊",
      1
    ),
    ("9121030223GD5QA4XX", "鞍山市铁东区行远印刷有限公司", "行远印刷", "铁东区", .general, "民营", false, .listed, nil, 0),
  ]
}
