extension ClockTable {
  /// The deadlines of `domain.md`, with their legal basis.
  ///
  /// Units follow the law: the Administrative Penalty Law's "3, 5 and 7 days" are working days
  /// (行政处罚法 第八十五条); other day counts are calendar days; the referral hand-over of a
  /// crime case counts hours.
  static let standardRules: [DeadlineRule] = [
    DeadlineRule(
      id: .clueFilingDecision,
      title: LocalizedText(zh: "线索立案审查", en: "Decide on filing a clue"),
      basis: LocalizedText(
        zh: "生态环境行政处罚办法（生态环境部令第30号）", en: "MEE Order No. 30 (2023)"),
      amount: 15, unit: .calendarDays, extensions: [15], party: .bureau),
    DeadlineRule(
      id: .evidencePreservation,
      title: LocalizedText(zh: "先行登记保存处理决定", en: "Decide on preserved evidence"),
      basis: LocalizedText(zh: "行政处罚法 第五十六条", en: "Administrative Penalty Law art. 56"),
      amount: 7, unit: .workingDays, party: .bureau),
    DeadlineRule(
      id: .hearingRequest,
      title: LocalizedText(zh: "当事人申请听证", en: "Party may request a hearing"),
      basis: LocalizedText(zh: "行政处罚法 第六十四条", en: "Administrative Penalty Law art. 64"),
      amount: 5, unit: .workingDays, party: .enterprise),
    DeadlineRule(
      id: .hearingNotice,
      title: LocalizedText(zh: "听证通知（提前七日）", en: "Notify the hearing (7 days ahead)"),
      basis: LocalizedText(zh: "行政处罚法 第六十四条", en: "Administrative Penalty Law art. 64"),
      amount: 7, unit: .workingDays, party: .bureau),
    DeadlineRule(
      id: .caseDecision,
      title: LocalizedText(zh: "作出处罚决定", en: "Decide the case"),
      basis: LocalizedText(
        zh: "行政处罚法 第六十条；生态环境行政处罚办法",
        en: "Administrative Penalty Law art. 60; MEE Order No. 30"),
      amount: 90, unit: .calendarDays, extensions: [30, 30], party: .bureau),
    DeadlineRule(
      id: .decisionService,
      title: LocalizedText(zh: "送达处罚决定书", en: "Serve the decision"),
      basis: LocalizedText(zh: "行政处罚法 第六十一条", en: "Administrative Penalty Law art. 61"),
      amount: 7, unit: .workingDays, party: .bureau),
    DeadlineRule(
      id: .finePayment,
      title: LocalizedText(zh: "缴纳罚款", en: "Pay the fine"),
      basis: LocalizedText(zh: "行政处罚法 第六十七条", en: "Administrative Penalty Law art. 67"),
      amount: 15, unit: .calendarDays, party: .enterprise),
    DeadlineRule(
      id: .crimeReferralApproval,
      title: LocalizedText(zh: "移送涉嫌犯罪案件审批", en: "Approve the crime referral"),
      basis: LocalizedText(
        zh: "行政执法机关移送涉嫌犯罪案件的规定（国务院令第310号）", en: "State Council Order No. 310"),
      amount: 3, unit: .calendarDays, party: .bureau),
    DeadlineRule(
      id: .crimeReferralHandOver,
      title: LocalizedText(zh: "移送公安机关（24小时内）", en: "Hand over to the police (24 hours)"),
      basis: LocalizedText(
        zh: "国务院令第310号；环境保护行政执法与刑事司法衔接工作办法（2017）",
        en: "State Council Order No. 310; 2017 coordination measures"),
      amount: 24, unit: .hours, party: .bureau),
    DeadlineRule(
      id: .crimePoliceMaterialRequest,
      title: LocalizedText(zh: "公安机关要求补充材料", en: "Police ask for missing material"),
      basis: LocalizedText(
        zh: "环境保护行政执法与刑事司法衔接工作办法（2017）", en: "2017 coordination measures"),
      amount: 24, unit: .hours, party: .police),
    DeadlineRule(
      id: .materialSupplement,
      title: LocalizedText(zh: "补充移送材料", en: "Supply the missing material"),
      basis: LocalizedText(
        zh: "环境保护行政执法与刑事司法衔接工作办法（2017）", en: "2017 coordination measures"),
      amount: 3, unit: .calendarDays, party: .bureau),
    DeadlineRule(
      id: .policeFilingDecision,
      title: LocalizedText(zh: "公安机关立案审查", en: "Police decide on filing"),
      basis: LocalizedText(
        zh: "国务院令第310号；环境保护行政执法与刑事司法衔接工作办法（2017）",
        en: "State Council Order No. 310; 2017 coordination measures"),
      amount: 3, unit: .calendarDays, extensions: [4, 23], party: .police),
    DeadlineRule(
      id: .policeNotification,
      title: LocalizedText(zh: "公安机关书面告知立案决定", en: "Police tell the bureau"),
      basis: LocalizedText(zh: "国务院令第310号", en: "State Council Order No. 310"),
      amount: 3, unit: .calendarDays, party: .police),
    DeadlineRule(
      id: .reconsiderationRequest,
      title: LocalizedText(zh: "提请复议", en: "Ask for reconsideration"),
      basis: LocalizedText(zh: "国务院令第310号", en: "State Council Order No. 310"),
      amount: 3, unit: .workingDays, party: .bureau),
    DeadlineRule(
      id: .detentionHandOver,
      title: LocalizedText(zh: "移送行政拘留案件", en: "Hand over the detention referral"),
      basis: LocalizedText(
        zh: "环境保护法 第六十三条；行政主管部门移送适用行政拘留环境违法案件暂行办法",
        en: "Environmental Protection Law art. 63; interim measures on detention referrals"),
      amount: 3, unit: .workingDays, party: .bureau),
    DeadlineRule(
      id: .detentionPoliceMaterialRequest,
      title: LocalizedText(zh: "公安机关要求补充材料（拘留）", en: "Police ask for more (detention)"),
      basis: LocalizedText(
        zh: "行政主管部门移送适用行政拘留环境违法案件暂行办法", en: "Interim measures on detention referrals"),
      amount: 3, unit: .calendarDays, party: .police),
    DeadlineRule(
      id: .detentionRefusalReasons,
      title: LocalizedText(zh: "不予拘留书面说明理由", en: "Police give reasons for refusing"),
      basis: LocalizedText(
        zh: "行政主管部门移送适用行政拘留环境违法案件暂行办法", en: "Interim measures on detention referrals"),
      amount: 5, unit: .calendarDays, party: .police),
  ]
}
