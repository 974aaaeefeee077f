/// The clocks the case and referral rules read: the bureau's clock table, with the legal
/// defaults of `domain.md` for any rule the table lacks.
enum CaseClocks {
  /// The rule for an id: the table's, else the legal default.
  static func rule(_ id: DeadlineRuleID, in state: DomainState) -> DeadlineRule {
    state.settings.clocks[id] ?? defaults[id]
      ?? DeadlineRule(
        id: id, title: LocalizedText(zh: id.raw, en: id.raw), basis: LocalizedText(zh: "", en: ""),
        amount: 0, unit: .calendarDays, party: .bureau)
  }

  /// The working-day calendar the rules count with.
  ///
  /// The domain state does not hold the workspace's calendar file, so execute-time guards
  /// (hearing request, reconsideration) count with the shipped calendar (2025–2026 holidays);
  /// deadline queries take the caller's calendar.
  static func calendar(in state: DomainState) -> WorkingDayCalendar { .shipped }

  private static func make(
    _ id: DeadlineRuleID, _ zh: String, _ en: String, _ basis: String, _ amount: Int,
    _ unit: ClockUnit, _ party: DeadlineRule.Party, extensions: [Int] = []
  ) -> DeadlineRule {
    DeadlineRule(
      id: id, title: LocalizedText(zh: zh, en: en), basis: LocalizedText(zh: basis, en: basis),
      amount: amount, unit: unit, extensions: extensions, party: party)
  }

  /// The legal defaults of the case and referral clocks.
  static let defaults: [DeadlineRuleID: DeadlineRule] = {
    let rules: [DeadlineRule] = [
      make(
        .evidencePreservation, "先行登记保存处理决定", "Decide on preserved evidence",
        "行政处罚法第五十六条、第八十五条", 7, .workingDays, .bureau),
      make(
        .hearingRequest, "听证申请期限", "Hearing request window",
        "行政处罚法第六十四条", 5, .workingDays, .enterprise),
      make(
        .hearingNotice, "听证通知提前", "Notice of hearing ahead",
        "行政处罚法第六十四条、第八十五条", 7, .workingDays, .bureau),
      make(
        .caseDecision, "作出处理决定", "Decide the case",
        "行政处罚法第六十条；生态环境行政处罚办法第五十七条", 90, .calendarDays, .bureau,
        extensions: [30, 30]),
      make(
        .decisionService, "送达处罚决定", "Serve the decision",
        "行政处罚法第六十一条、第八十五条", 7, .workingDays, .bureau),
      make(
        .finePayment, "缴纳罚款", "Pay the fine", "行政处罚法第六十七条", 15,
        .calendarDays, .enterprise),
      make(
        .crimeReferralApproval, "审批移送", "Approve the referral",
        "行政执法机关移送涉嫌犯罪案件的规定第五条", 3, .calendarDays, .bureau),
      make(
        .crimeReferralHandOver, "移送公安", "Hand over to the police",
        "行政执法机关移送涉嫌犯罪案件的规定第五条", 24, .hours, .bureau),
      make(
        .crimePoliceMaterialRequest, "公安要求补充材料", "Police ask for material",
        "环境保护行政执法与刑事司法衔接工作办法第八条", 24, .hours, .police),
      make(
        .materialSupplement, "补充移送材料", "Supply the material",
        "环境保护行政执法与刑事司法衔接工作办法第八条", 3, .calendarDays, .bureau),
      make(
        .policeFilingDecision, "公安立案审查", "Police decide on filing",
        "环境保护行政执法与刑事司法衔接工作办法第九条", 3, .calendarDays, .police),
      make(
        .policeNotification, "公安告知决定", "Police tell the bureau",
        "环境保护行政执法与刑事司法衔接工作办法第十条", 3, .calendarDays, .police),
      make(
        .reconsiderationRequest, "提请复议", "Ask for reconsideration",
        "行政执法机关移送涉嫌犯罪案件的规定第九条", 3, .workingDays, .bureau),
      make(
        .detentionHandOver, "移送行政拘留", "Hand over for detention",
        "行政主管部门移送适用行政拘留环境违法案件暂行办法第九条", 3, .workingDays, .bureau),
      make(
        .detentionPoliceMaterialRequest, "公安要求补充材料", "Police ask for material",
        "行政主管部门移送适用行政拘留环境违法案件暂行办法第十条", 3, .calendarDays, .police),
      make(
        .detentionRefusalReasons, "公安说明不予拘留理由", "Police give refusal reasons",
        "行政主管部门移送适用行政拘留环境违法案件暂行办法第十一条", 5, .calendarDays, .police),
    ]
    var table: [DeadlineRuleID: DeadlineRule] = [:]
    for rule in rules { table[rule.id] = rule }
    return table
  }()

  /// The local day a day-clock falls due (`nil` when paused, the local day of an hour clock).
  static func dueDay(_ due: DueMoment, utcOffset: Int) -> Day? {
    switch due {
    case .endOfDay(let day): return day
    case .instant(let time): return time.day(utcOffset: utcOffset)
    case .paused: return nil
    }
  }
}
