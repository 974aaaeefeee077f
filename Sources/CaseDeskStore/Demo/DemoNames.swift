import CaseDeskDomain

/// Realistic names and codes for the demo: enterprises of Anshan's districts and counties,
/// people, addresses and valid unified social credit codes.
enum DemoNames {
  /// A district or county of Anshan with its GB/T 2260 code and the name prefix its firms use.
  struct District {
    var name: String
    var code: String
    /// How a company name registered there may begin.
    var prefixes: [String]
    var roads: [String]
  }

  /// An industry typical of Anshan, with name words and legal forms.
  struct Industry {
    var name: String
    var words: [String]
    var forms: [String]
    /// Whether firms of the industry are usually key discharge units.
    var heavy: Bool
  }

  static let districts: [District] = [
    District(
      name: "铁东区", code: "210302", prefixes: ["鞍山", "鞍山市", "鞍山市铁东区"],
      roads: ["胜利南路", "二一九路", "园林路", "山南街", "东长甸路"]),
    District(
      name: "铁西区", code: "210303", prefixes: ["鞍山", "鞍山市", "鞍山市铁西区"],
      roads: ["建设大道", "人民路", "永乐街", "铁西三道街", "大陆街"]),
    District(
      name: "立山区", code: "210304", prefixes: ["鞍山", "鞍山市", "鞍山市立山区"],
      roads: ["胜利北路", "鞍千路", "建国路", "沙河镇工业路", "灵山路"]),
    District(
      name: "千山区", code: "210311", prefixes: ["鞍山", "鞍山市", "鞍山市千山区"],
      roads: ["千山中路", "汤岗子路", "大孤山镇工业园路", "齐大山路", "宁远路"]),
    District(
      name: "鞍山高新区", code: "210300", prefixes: ["鞍山", "鞍山市", "鞍山高新区"],
      roads: ["越岭路", "千山东路", "激光产业园路", "鞍千路东段", "科技路"]),
    District(
      name: "海城市", code: "210381", prefixes: ["海城", "海城市"],
      roads: ["东四管理区工业路", "牌楼镇菱镁路", "八里镇镁业路", "腾鳌镇工业路", "西柳镇兴业街"]),
    District(
      name: "台安县", code: "210321", prefixes: ["台安", "台安县"],
      roads: ["台安镇工业园区", "新开河镇兴农路", "富家镇中心街", "桑林镇育林路", "西佛镇站前街"]),
    District(
      name: "岫岩满族自治县", code: "210323", prefixes: ["岫岩", "岫岩满族自治县"],
      roads: ["岫岩镇玉都大街", "哈达碑镇工业路", "偏岭镇滑石路", "兴隆镇玉石街", "前营镇中心街"]),
  ]

  static let industries: [Industry] = [
    Industry(
      name: "钢铁", words: ["钢铁", "特钢", "轧钢", "钢管", "冷轧板"],
      forms: ["有限公司", "股份有限公司", "有限责任公司"], heavy: true),
    Industry(
      name: "焦化", words: ["焦化", "煤化工", "焦化制气"], forms: ["有限公司", "有限责任公司"], heavy: true),
    Industry(
      name: "耐火材料", words: ["耐火材料", "耐材", "不定形耐火材料", "耐火砖"],
      forms: ["有限公司", "有限责任公司", "厂"], heavy: true),
    Industry(
      name: "菱镁", words: ["镁业", "菱镁制品", "镁砂", "轻烧镁", "镁质材料"],
      forms: ["有限公司", "有限责任公司", "厂"], heavy: true),
    Industry(
      name: "化工", words: ["化工", "精细化工", "化工材料", "涂料"], forms: ["有限公司", "股份有限公司"],
      heavy: true),
    Industry(name: "电镀", words: ["电镀", "表面处理", "镀锌"], forms: ["有限公司", "厂"], heavy: true),
    Industry(
      name: "热电", words: ["热电", "供热", "热力"], forms: ["有限公司", "有限责任公司"], heavy: true),
    Industry(
      name: "铸造", words: ["铸造", "机械铸造", "精密铸造", "铸钢"], forms: ["有限公司", "厂"], heavy: false),
    Industry(
      name: "污水处理", words: ["污水处理", "水务", "环保水处理"], forms: ["有限公司", "有限责任公司"],
      heavy: true),
    Industry(
      name: "机械制造", words: ["重型机器", "机械制造", "矿山机械", "液压设备"],
      forms: ["有限公司", "股份有限公司", "厂"], heavy: false),
    Industry(
      name: "建材", words: ["建材", "水泥", "新型墙材", "商品混凝土"], forms: ["有限公司", "厂"],
      heavy: false),
    Industry(
      name: "矿山", words: ["矿业", "选矿", "铁矿", "滑石矿"], forms: ["有限公司", "有限责任公司"],
      heavy: true),
    Industry(
      name: "玉石加工", words: ["玉器", "玉石雕刻", "玉石加工"], forms: ["有限公司", "厂"], heavy: false),
    Industry(
      name: "畜禽养殖", words: ["生猪养殖", "肉牛养殖", "蛋鸡养殖", "果蔬种植"], forms: ["专业合作社"],
      heavy: false),
    Industry(
      name: "汽车维修", words: ["汽车维修", "汽车修理", "机动车检测"], forms: ["有限公司", "厂"], heavy: false),
    Industry(
      name: "医药", words: ["制药", "药业", "医药"], forms: ["有限公司", "股份有限公司"], heavy: true),
  ]

  static let brandFirst: [Character] = Array(
    "鑫恒华宏金瑞众兴泰福东天中汇隆永德嘉博正鼎盛源达丰润和昌旺信祥顺通远鸿辉腾海新佳安康凯")
  static let brandSecond: [Character] = Array(
    "盛达源远鼎丰诚隆和润方兴业昌泰通祥瑞宇辉峰旺利发成安新佳华聚力强实创益光亿广荣")

  static let surnames: [Character] = Array(
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤关"
  )
  static let givenNames: [String] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
    "霞", "平", "刚", "桂英", "建国", "建华", "志强", "海涛", "春梅", "晓东", "玉兰", "德胜", "国庆", "文博",
    "子涵", "宏伟", "凤英", "立新", "振华", "淑珍", "丹", "鹏", "宇航", "佳琪", "思远", "雪梅", "长海", "铁军",
    "庆丰", "玉珍", "成林", "婷婷",
  ]

  static let ownerships = ["国有", "民营", "民营", "民营", "外商投资", "集体"]

  /// A person's name.
  static func person(_ random: inout DemoRandom) -> String {
    String(random.pick(surnames)) + random.pick(givenNames)
  }

  /// A two-character brand word.
  static func brand(_ random: inout DemoRandom) -> String {
    var first = random.pick(brandFirst)
    var second = random.pick(brandSecond)
    while second == first { second = random.pick(brandSecond) }
    if random.chance(10) { first = "鞍" }
    return String(first) + String(second)
  }

  /// A valid unified social credit code for an Anshan region: the registering authority and
  /// entity type (`"91"` enterprise, `"93"` farmers' cooperative), the region code, a nine-
  /// character organisation code from `serial`, and the GB 32100 check character.
  static func code(kind: String, region: String, serial: Int) -> String {
    let alphabet = UnifiedSocialCreditCode.alphabet
    var body = Array(kind + region)
    var organisation: [Character] = []
    var rest = serial
    for _ in 0..<8 {
      organisation.append(alphabet[rest % 31])
      rest /= 31
    }
    // GB 11714 organisation codes of this era start with a letter or digit block; use "M".
    body.append("M")
    body.append(contentsOf: organisation.reversed())
    let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
    body.append(UnifiedSocialCreditCode.checkCharacter(forValues: values))
    return String(body)
  }

  /// A landline of the Anshan area code.
  static func phone(_ random: inout DemoRandom) -> String {
    "0412-" + String(random.within(5_200_000...8_899_999))
  }
}
