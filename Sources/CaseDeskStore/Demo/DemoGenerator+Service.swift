import CaseDeskDomain

extension DemoGenerator {
  /// Green-channel requests in every status, follow-up visits at full satisfaction, and
  /// leaders' contacts.
  mutating func scheduleService() {
    let served = firms.filter { $0.commissioner != nil }
    guard !served.isEmpty else { return }
    let subjects = [
      "咨询排污许可证变更办理流程", "申请环评审批提速服务", "请求解读新版大气排放标准", "咨询危险废物跨省转移手续",
      "申请自动监控设备验收指导", "反映园区供热管网改造环保手续问题",
    ]
    for index in 0..<plan.requests {
      let firm = served[index % served.count]
      guard let commissioner = firm.commissioner else { continue }
      let slot = schedule.slot()
      let received = C.weekday(
        C.day(2025, 1, 13).adding(days: (index * 330) / max(plan.requests, 1)))
      let draft = ServiceRequestDraft(
        enterprise: firm.id, receivedOn: received, subject: subjects[index % subjects.count],
        details: "企业通过诉求反馈绿色通道提出")
      let clerk = Actor.staff(clerks[index % clerks.count])
      schedule.create(.serviceRequest, into: slot, by: clerk, at: C.at(received, 9, index % 60)) {
        _ in .service(.registerRequest(draft))
      }
      let stage = plan.requests - 1 - index
      if stage == 0 { continue }  // received
      schedule.command(by: clerk, at: C.at(received, 10, index % 60)) { runner in
        .service(.assignRequest(ServiceRequestID(runner.id(slot)), to: commissioner))
      }
      if stage == 1 { continue }  // assigned
      let answered = C.weekday(received.adding(days: 3))
      schedule.command(by: .staff(commissioner), at: C.at(answered, 15)) { runner in
        .service(
          .answerRequest(
            ServiceRequestID(runner.id(slot)), on: answered, answer: "已上门指导并书面答复办理要点"))
      }
      if stage == 2 { continue }  // answered
      let closed = C.weekday(answered.adding(days: 2))
      schedule.command(by: clerk, at: C.at(closed, 16)) { runner in
        .service(.closeRequest(ServiceRequestID(runner.id(slot)), on: closed, note: "企业确认问题已解决"))
      }
    }
    for index in 0..<plan.followUps {
      let firm = served[(index * 3) % served.count]
      guard let commissioner = firm.commissioner else { continue }
      let day = C.weekday(C.day(2025, 2, 17).adding(days: (index * 290) / max(plan.followUps, 1)))
      let draft = FollowUpVisitDraft(
        enterprise: firm.id, kind: .followUp, visitedOn: day, visitor: commissioner,
        summary: "执法后回访，发放《环境执法检查工作满意度调查》",
        satisfaction: index % 5 == 0 ? .basicallySatisfied : .satisfied)
      schedule.command(.service(.recordVisit(draft)), by: .staff(commissioner), at: C.at(day, 16))
    }
    for index in 0..<plan.leaderContacts {
      let firm = served[(index * 7) % served.count]
      let leader = approvers[index % approvers.count]
      let day = C.weekday(C.day(2025, 3, 4).adding(days: index * 20 % 280))
      let draft = FollowUpVisitDraft(
        enterprise: firm.id, kind: .leaderContact, visitedOn: day, visitor: leader,
        summary: "领导干部联系企业，送达《致全市企业家朋友们的一封信》", satisfaction: .satisfied)
      schedule.command(
        .service(.recordVisit(draft)), by: .staff(leader), at: C.at(day, 14, index % 60))
    }
  }

  /// Central-inspection rectification tasks: district acceptance, then city re-check.
  mutating func scheduleRectification() {
    let titles = [
      "钢铁企业超低排放改造", "焦化企业无组织排放整治", "菱镁行业粉尘污染治理", "城市黑臭水体整治", "工业园区污水处理厂提标改造",
      "尾矿库环境风险隐患整治", "散乱污企业清理整顿", "建筑工地扬尘治理", "危险废物规范化管理", "燃煤锅炉淘汰",
    ]
    for index in 0..<plan.rectificationTasks {
      let firm = nextOrdinaryFirm()
      let slot = schedule.slot()
      let done = index < plan.rectificationDone
      let title = "\(titles[index % titles.count])（督察反馈问题\(index + 1)）"
      let deadline: Day
      if done {
        deadline = C.day(2025, 3, 31).adding(days: (index * 240) / max(plan.rectificationDone, 1))
      } else {
        deadline = [C.day(2025, 12, 15), C.day(2025, 12, 22), C.day(2025, 12, 31)][index % 3]
      }
      let draft = RectificationTaskDraft(
        title: title, district: firm.district, deadline: deadline, enterprises: [firm.id])
      let clerk = Actor.staff(clerks[0])
      let officer = Actor.staff(officers[index % officers.count])
      let approver = Actor.staff(approvers[0])
      schedule.create(
        .rectificationTask, into: slot, by: clerk, at: C.at(C.day(2024, 11, 12), 10, index)
      ) { _ in .rectification(.createTask(draft)) }
      func task(_ runner: DemoRunner) -> RectificationTaskID {
        RectificationTaskID(runner.id(slot))
      }
      let progressDay =
        done ? deadline.adding(days: -40) : C.day(2025, 10, 20).adding(days: index % 10)
      schedule.command(by: officer, at: C.at(progressDay, 10)) { runner in
        .rectification(.recordProgress(task(runner), evidence: ["整改方案", "现场照片", "第三方监测报告"]))
      }
      let accepted = C.weekday(done ? deadline.adding(days: -15) : C.day(2025, 11, 25))
      if !done && index % 3 == 0 { continue }  // progress only
      schedule.command(by: officer, at: C.at(accepted, 10)) { runner in
        .rectification(.recordDistrictAcceptance(task(runner), on: accepted, note: "区级验收合格"))
      }
      if index == 2 || (!done && index % 3 == 2) {
        let back = C.weekday(accepted.adding(days: 5))
        schedule.command(by: approver, at: C.at(back, 10)) { runner in
          .rectification(.sendBackToDistrict(task(runner), on: back, reasons: "佐证材料不完整，退回补充"))
        }
        guard done else { continue }
        let again = C.weekday(back.adding(days: 4))
        schedule.command(by: officer, at: C.at(again, 9)) { runner in
          .rectification(.recordProgress(task(runner), evidence: ["补充验收监测报告"]))
        }
        schedule.command(by: officer, at: C.at(again, 10)) { runner in
          .rectification(.recordDistrictAcceptance(task(runner), on: again, note: "补充材料后区级验收合格"))
        }
        let passed = C.weekday(again.adding(days: 3))
        schedule.command(by: approver, at: C.at(passed, 10)) { runner in
          .rectification(.passCityRecheck(task(runner), on: passed, note: "市级复核通过，整改销号"))
        }
        continue
      }
      guard done else { continue }  // awaiting the city re-check
      let passed = C.weekday(accepted.adding(days: 5))
      schedule.command(by: approver, at: C.at(passed, 10)) { runner in
        .rectification(.passCityRecheck(task(runner), on: passed, note: "市级复核通过，整改销号"))
      }
    }
  }
}
