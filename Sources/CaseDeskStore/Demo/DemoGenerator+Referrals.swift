import CaseDeskDomain

extension DemoGenerator {
  /// A referral's steps after it is drafted: approval, the document package, hand-over,
  /// receipt and the police's answer in one of several stages by `variant`.
  ///
  /// Crime: 0 filed and closed, 1 filed, 2 more material asked and supplied then filed,
  /// 3 not filed then reversed on reconsideration, 4 awaiting the police, 9 awaiting approval.
  /// Detention: 0 detention decided, 1 detention refused, reconsidered (upheld) and closed.
  mutating func scheduleReferral(
    kind: ReferralKind, variant: Int, slot: Int, lead: Actor, approver: Actor, clerk: Actor,
    next: (Int) -> Timestamp, current: () -> Day
  ) {
    func id(_ runner: DemoRunner) -> ReferralID { ReferralID(runner.id(slot)) }
    if kind == .crime && variant == 9 { return }
    let approvedAt = next(1)
    schedule.command(by: approver, at: approvedAt) { runner in
      .referral(.approveReferral(id(runner)))
    }
    let day = current()
    let year = day.year
    for (index, document) in kind.requiredDocuments.enumerated() {
      let number = "鞍环移材〔\(year)〕\(random.within(10...99))-\(index + 1)"
      schedule.command(by: lead, at: C.at(day, 11, index)) { runner in
        .referral(.tickDocument(id(runner), document, documentNumber: number))
      }
    }
    let handOverAt = C.at(day, 15)
    let police =
      kind == .crime ? "鞍山市公安局环境食品药品犯罪侦查支队" : "鞍山市公安局\(["铁西", "铁东", "立山"][variant % 3])分局"
    let copy = kind == .crime ? "鞍山市人民检察院" : ""
    schedule.command(by: lead, at: handOverAt) { runner in
      .referral(.handOver(id(runner), policeUnit: police, at: handOverAt, procuratorateCopy: copy))
    }
    let receiptAt = C.at(day, 16, 30)
    let receipt = "公受〔\(year)〕\(random.within(100...999))号"
    schedule.command(by: clerk, at: receiptAt) { runner in
      .referral(.recordReceipt(id(runner), at: receiptAt, receiptNumber: receipt))
    }
    func decision(_ decision: PoliceDecision, after days: Int) {
      let at = next(days)
      let on = current()
      schedule.command(by: clerk, at: at) { runner in
        .referral(.recordPoliceDecision(id(runner), decision, decidedOn: on))
      }
    }
    switch (kind, variant) {
    case (.crime, 0):
      decision(.filed, after: 3)
      schedule.command(by: approver, at: next(5)) { runner in
        .referral(.closeReferral(id(runner), note: "公安机关已立案侦查"))
      }
    case (.crime, 1):
      decision(.filed, after: 3)
    case (.crime, 2):
      let requestAt = next(1)
      schedule.command(by: clerk, at: requestAt) { runner in
        .referral(.recordMaterialRequest(id(runner), at: requestAt, items: "危险废物鉴别报告原件"))
      }
      schedule.command(by: lead, at: next(1)) { runner in
        .referral(.supplyMaterial(id(runner), note: "已补充鉴别报告原件及委托书"))
      }
      decision(.filed, after: 2)
    case (.crime, 3):
      decision(.notFiled(reasons: "现有证据不足以认定达到入罪标准"), after: 3)
      schedule.command(by: approver, at: next(1)) { runner in
        .referral(.requestReconsideration(id(runner), grounds: "补充监测报告证明超标三倍以上，证据充分"))
      }
      schedule.command(by: clerk, at: next(5)) { runner in
        .referral(.recordReconsiderationAnswer(id(runner), .reversed(.filed)))
      }
    case (.detention, 0):
      decision(.detentionDecided(days: 10, lessSerious: false), after: 3)
    case (.detention, _):
      decision(.refused(reasons: "情节显著轻微，不予行政拘留"), after: 3)
      schedule.command(by: approver, at: next(1)) { runner in
        .referral(.requestReconsideration(id(runner), grounds: "多次篡改自动监测数据，情节严重，不属于显著轻微"))
      }
      schedule.command(by: clerk, at: next(5)) { runner in
        .referral(
          .recordReconsiderationAnswer(id(runner), .upheld(reasons: "企业已更换运维单位并整改到位，维持原决定")))
      }
      schedule.command(by: approver, at: next(2)) { runner in
        .referral(.closeReferral(id(runner), note: "复议维持不予拘留，移送结束；罚款决定照常执行"))
      }
    default:
      break
    }
  }
}
