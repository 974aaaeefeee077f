import CaseDeskDomain

extension DemoGenerator {
  /// On-site inspections that start from a verified monitoring clue.
  var clueConversions: Int { min(30, plan.approvedOnSiteScanned / 10) }

  /// Monitoring clues that become cases (two per showcase round).
  var casesFromClues: Int { 2 * plan.caseRounds }

  /// The online-monitoring push (bulk intake, one command a day) and other clues, with triage:
  /// dismissed, verified, converted to inspections or cases, some still open.
  mutating func scheduleClues() {
    let networked = firms.indices.filter { firms[$0].networked }
    let ordinaryNetworked = ordinaryFirms.filter { firms[$0].networked }
    let days = C.yearStart.days(until: C.lastDay) + 1
    let facts = [
      "颗粒物小时均值超标", "二氧化硫小时均值超标", "氮氧化物小时均值超标", "化学需氧量日均值超标", "氨氮日均值超标",
      "自动监控数据长时间恒值", "自动监控设备离线超过24小时", "烟气流量数据异常波动",
    ]
    let reasons = [
      "经核查为设备校准期间数据异常，已标记", "停产检修期间数据，企业已报备", "经调阅视频监控确认治理设施正常运行",
      "运维单位已恢复数据传输，补传数据达标", "经现场核实为启停炉期间短时波动，符合豁免规定",
    ]
    var remaining = plan.monitoringClues - casesFromClues
    var dayIndex = 0
    var conversions = 0
    let conversionTarget = clueConversions
    while remaining > 0 {
      let day = C.yearStart.adding(days: dayIndex % days)
      let daysLeft = max(1, days - dayIndex)
      let count = max(1, min(remaining, (remaining + daysLeft - 1) / daysLeft + random.below(3)))
      remaining -= count
      dayIndex += 1
      var intakes: [ClueIntake] = []
      let receivedAt = C.at(day, 7, random.below(50))
      for _ in 0..<count {
        let firm = firms[random.pick(networked)]
        intakes.append(
          ClueIntake(
            source: .onlineMonitoring, enterprise: firm.id, facts: random.pick(facts),
            receivedAt: receivedAt))
      }
      let first = schedule.slot(count: count)
      let batch = intakes
      schedule.create(
        .clue, into: first, by: .staff(clerks[0]), at: C.at(day, 8, random.below(30))
      ) { _ in .clue(.receiveClues(batch)) }
      for offset in 0..<count {
        let slot = first + offset
        let officer = Actor.staff(officers[random.below(officers.count)])
        let age = day.days(until: C.lastDay)
        if age < 12 && random.chance(35) { continue }  // still open, due soon
        if day == C.day(2025, 12, 1) && offset == 0 {
          // Open past its 15 days: overdue.
          continue
        }
        if day == C.day(2025, 11, 28) && offset == 0 {
          schedule.command(by: .staff(approvers[0]), at: C.at(C.day(2025, 12, 9), 9)) { runner in
            .clue(.extendFilingDecision(ClueID(runner.id(slot)), reason: "需调取三个月历史数据比对"))
          }
          continue
        }
        let triage = min(age, random.within(1...6))
        let triageDay = day.adding(days: triage)
        if random.chance(8) {
          schedule.command(by: officer, at: C.at(triageDay, 10, offset % 60)) { runner in
            .clue(.verifyClue(ClueID(runner.id(slot)), .notVerified))
          }
        }
        schedule.command(by: officer, at: C.at(triageDay, 11, offset % 60)) { runner in
          .clue(
            .dismissClue(ClueID(runner.id(slot)), reason: reasons[(offset + slot) % reasons.count]))
        }
      }
      // Some verified clues of ordinary firms become inspections.
      if conversions < conversionTarget, remaining > 0, dayIndex % 9 == 0,
        !ordinaryNetworked.isEmpty,
        day < C.day(2025, 11, 1)
      {
        conversions += 1
        let firm = firms[random.pick(ordinaryNetworked)]
        let slot = schedule.slot()
        let intake = ClueIntake(
          source: .onlineMonitoring, enterprise: firm.id, facts: "化学需氧量日均值超标0.3倍",
          measurement: nil, receivedAt: receivedAt)
        schedule.create(.clue, into: slot, by: .staff(clerks[0]), at: C.at(day, 8, 40)) { _ in
          .clue(.receiveClue(intake))
        }
        let lead = officers[random.below(officers.count)]
        schedule.command(by: .staff(lead), at: C.at(day.adding(days: 1), 9)) { runner in
          .clue(.verifyClue(ClueID(runner.id(slot)), .verified))
        }
        onSiteInspection(
          firm, approvedOn: day.adding(days: 3), scanOn: C.weekday(day.adding(days: 6)),
          end: .filed, supervisor: nil, fromClue: slot)
        remaining -= 1
      }
    }
    scheduleOtherClues()
  }

  /// Drone, complaint, hotline, QR-supervision and referred clues.
  mutating func scheduleOtherClues() {
    let sources: [(Clue.Source, String)] = [
      (.drone, "无人机巡查发现露天堆场扬尘"), (.complaint, "群众投诉夜间异味扰民"), (.hotline, "监督电话反映企业偷排废水"),
      (.qrSupervisionReport, "码上监督反映执法人员检查时未出示证件"), (.otherDepartment, "住建部门移交建筑工地扬尘问题"),
    ]
    for index in 0..<plan.otherClues {
      let (source, facts) = sources[index % sources.count]
      let firm = nextOrdinaryFirm()
      let day = C.weekday(day(in: C.day(2025, 1, 6)...C.day(2025, 12, 18)))
      let slot = schedule.slot()
      let intake = ClueIntake(
        source: source, enterprise: source == .hotline && index % 2 == 0 ? nil : firm.id,
        facts: facts, receivedAt: C.at(day, 9))
      schedule.create(
        .clue, into: slot, by: .staff(clerks[index % clerks.count]), at: C.at(day, 10)
      ) {
        _ in .clue(.receiveClue(intake))
      }
      guard day.days(until: C.lastDay) > 14 || index % 3 != 0 else { continue }
      let officer = Actor.staff(officers[index % officers.count])
      let triageDay = min(day.adding(days: 3), C.lastDay)
      let verified: Clue.Verification = index % 4 == 0 ? .verified : .notVerified
      schedule.command(by: officer, at: C.at(triageDay, 10)) { runner in
        .clue(.verifyClue(ClueID(runner.id(slot)), verified))
      }
      schedule.command(by: officer, at: C.at(triageDay, 11)) { runner in
        .clue(
          .dismissClue(
            ClueID(runner.id(slot)),
            reason: verified == .verified ? "经核实已当场整改到位，予以销号" : "经现场核查，反映问题不属实"))
      }
    }
  }
}
