import CaseDeskDomain

extension DemoGenerator {
  /// The positive list: the year's opening list, admissions, a suspension kept, one restored,
  /// a removal, and admissions awaiting an approver at the end.
  mutating func schedulePositiveList() {
    let needed = plan.listedAtStart + plan.admissions + plan.pendingAdmissions
    var pool: [Int] = []
    for index in firms.indices where firms[index].networked && firms[index].tier == .key {
      if firms[index].industry != "污水处理" { pool.append(index) }
      if pool.count == needed { break }
    }
    for index in firms.indices where pool.count < needed {
      let firm = firms[index]
      if firm.networked, firm.tier == .general, firm.industry != "污水处理" { pool.append(index) }
    }
    for index in pool { firms[index].listed = true }
    let clean = PositiveListEntry.EnforcementFacts(penalties: [], crimeRecords: [])
    let clerk = Actor.staff(clerks[1])
    let approver = Actor.staff(approvers[1])
    func admit(_ firm: DemoFirm, on day: Day, approvedOn: Day?, review: Day, seconds: Int) {
      let request = AdmissionRequest(
        enterprise: firm.id, facts: clean, nextReviewOn: review,
        note: "许可齐全、设施正常运行、自动监控联网，近两年无处罚")
      schedule.command(
        .positiveList(.admit(request)), by: clerk,
        at: C.at(day, 10).adding(seconds: Int64(seconds)))
      if let approvedOn {
        schedule.command(
          .positiveList(.approveAdmission(firm.id, note: "同意纳入正面清单")), by: approver,
          at: C.at(approvedOn, 15).adding(seconds: Int64(seconds)))
      }
    }
    var cursor = 0
    for index in 0..<plan.listedAtStart {
      let firm = firms[pool[cursor]]
      cursor += 1
      let proposed = C.weekday(day(in: C.day(2024, 11, 4)...C.day(2024, 12, 13)))
      let overdue = index < 3
      let review =
        overdue
        ? C.day(2025, 12, 10 + index) : day(in: C.day(2026, 1, 10)...C.day(2026, 11, 30))
      admit(
        firm, on: proposed, approvedOn: C.weekday(proposed.adding(days: 5)), review: review,
        seconds: index)
    }
    var admitted: [DemoFirm] = []
    for index in 0..<plan.admissions {
      let firm = firms[pool[cursor]]
      cursor += 1
      admitted.append(firm)
      let proposed = C.weekday(day(in: C.day(2025, 3, 3)...C.day(2025, 10, 31)))
      admit(
        firm, on: proposed, approvedOn: C.weekday(proposed.adding(days: 7)),
        review: proposed.adding(days: 365), seconds: index)
    }
    for index in 0..<plan.pendingAdmissions {
      let firm = firms[pool[cursor]]
      cursor += 1
      let proposed = C.weekday(C.day(2025, 12, 8).adding(days: index % 10))
      admit(
        firm, on: proposed, approvedOn: nil, review: proposed.adding(days: 365), seconds: index)
    }
    // Dynamic adjustment among the opening list.
    guard plan.listedAtStart >= 3 else { return }
    let suspended = firms[pool[0 + 3]]
    let restored = firms[pool[1 + 3]]
    let removed = firms[pool[2 + 3]]
    schedule.command(
      .positiveList(
        .suspend(
          suspended.id,
          PositiveListEntry.Reason(
            kind: .repeatedExceedance, text: "自动监控数据一个月内三次小时均值超标，暂停正面清单待复核"))),
      by: approver, at: C.at(C.day(2025, 6, 16), 11))
    schedule.command(
      .positiveList(
        .suspend(
          restored.id,
          PositiveListEntry.Reason(kind: .verifiedComplaint, text: "群众投诉噪声扰民经核实"))),
      by: approver, at: C.at(C.day(2025, 4, 8), 11))
    schedule.command(
      .positiveList(
        .restore(restored.id, note: "已完成隔声降噪整改并经现场复核", nextReviewOn: C.day(2026, 5, 1))),
      by: approver, at: C.at(C.day(2025, 5, 20), 11))
    schedule.command(
      .positiveList(
        .remove(
          removed.id,
          PositiveListEntry.Reason(
            kind: .environmentalEmergency, text: "发生突发环境事件（危化品储罐泄漏），移出正面清单"))),
      by: approver, at: C.at(C.day(2025, 9, 9), 11))
  }
}
