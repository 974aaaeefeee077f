import CaseDeskDomain

/// Realistic sample values of every referral change, referral record and nested record.
enum ReferralCodecSamples {
  static let referralID: ReferralID = "REF-2025-0002"
  static let at = Timestamp(secondsSinceEpoch: 1_746_000_000)

  static func stamp(_ offset: Int64 = 0) -> ActionStamp { CaseCodecSamples.stamp(offset) }

  /// Every referral ground, with every detention ground.
  static let grounds: [ReferralGround] =
    [
      .crime(CaseCodecSamples.crime),
      .crime(CrimeGround(description: CaseCodecSamples.awkward)),
      .detention(.buildingWithoutEIA),
      .detention(.dischargingWithoutPermit),
      .detention(.bannedPesticides),
    ] + EvasiveMeans.allCases.map { .detention(.evasiveDischarge($0)) }

  /// Every police decision.
  static let policeDecisions: [PoliceDecision] = [
    .filed, .notFiled(reasons: "没有犯罪事实"), .detentionDecided(days: 10, lessSerious: true),
    .detentionDecided(days: 5, lessSerious: false), .refused(reasons: CaseCodecSamples.awkward),
  ]

  static let draft = ReferralDraft(
    caseID: CaseCodecSamples.caseID, ground: .crime(CaseCodecSamples.crime),
    responsiblePersons: ["张伟", "王强"])

  /// Every referral change, most with several payloads.
  static var changes: [ReferralChange] {
    var result: [ReferralChange] = [
      .documentUnticked(referralID, .photosAndVideo),
      .referralApproved(referralID),
      .handedOver(referralID, policeUnit: "鞍山市公安局环食药侦支队", at: at, procuratorateCopy: "抄送检察院"),
      .receiptRecorded(referralID, at: Timestamp(secondsSinceEpoch: 0), receiptNumber: "受-01"),
      .materialRequested(referralID, at: Timestamp(secondsSinceEpoch: -86_400), items: "监测原始记录"),
      .materialSupplied(referralID, note: "已补充"),
      .refusalReasonsRecorded(referralID, reasons: "证据不足"),
      .reconsiderationRequested(referralID, grounds: "达到入罪标准"),
      .reconsiderationAnswered(referralID, .upheld(reasons: "维持")),
      .supervisionRequested(referralID, note: "建议检察监督"),
      .referralClosed(referralID, note: ""),
      .referralCancelled(referralID, reason: CaseCodecSamples.awkward),
    ]
    for ground in grounds {
      let draft = ReferralDraft(
        caseID: CaseCodecSamples.caseID, ground: ground, responsiblePersons: ["张伟"])
      result.append(.referralDrafted(referralID, draft, enterprise: CaseCodecSamples.enterprise))
    }
    result.append(
      .referralDrafted(
        referralID,
        ReferralDraft(caseID: "", ground: .detention(.bannedPesticides), responsiblePersons: []),
        enterprise: ""))
    for document in ReferralDocument.allCases {
      result.append(.documentTicked(referralID, document, documentNumber: "移〔2025〕2号"))
    }
    for decision in policeDecisions {
      result.append(
        .policeDecisionRecorded(referralID, decision, decidedOn: CaseCodecSamples.day("2025-06-01"))
      )
      result.append(.reconsiderationAnswered(referralID, .reversed(decision)))
    }
    return result
  }

  /// The type name of every referral change, written out.
  static let typeNames: Set<String> = [
    "referralDrafted", "documentTicked", "documentUnticked", "referralApproved", "handedOver",
    "receiptRecorded", "materialRequested", "materialSupplied", "policeDecisionRecorded",
    "refusalReasonsRecorded", "reconsiderationRequested", "reconsiderationAnswered",
    "supervisionRequested", "referralClosed", "referralCancelled",
  ]

  /// A referral as just drafted: every optional nil and every list empty.
  static let emptyReferral = Referral(
    id: referralID,
    draft: ReferralDraft(
      caseID: "", ground: .detention(.buildingWithoutEIA), responsiblePersons: []),
    enterprise: "", drafted: CaseCodecSamples.systemStamp)

  /// A referral with every optional field and every list filled.
  static var fullReferral: Referral {
    var record = Referral(
      id: referralID, draft: draft, enterprise: CaseCodecSamples.enterprise, drafted: stamp())
    record.stage = .supervisionRequested
    record.documents = [
      .referralLetter: "移〔2025〕2号", .evidence: "证据清单", .investigationReport: "调〔2025〕1号",
      .photosAndVideo: "",
    ]
    record.approval = stamp(10)
    record.handOver = ReferralHandOver(
      policeUnit: "环食药侦支队", handedOverAt: at, procuratorateCopy: "抄送", stamp: stamp(20))
    record.receipt = PoliceReceipt(receivedAt: at, receiptNumber: "受-01", stamp: stamp(30))
    record.materialRequests = [
      MaterialRequest(
        requestedAt: at, items: "原始记录", stamp: stamp(40), supplyNote: "已补", supplied: stamp(50)),
      MaterialRequest(requestedAt: at, items: "照片", stamp: stamp(60)),
    ]
    record.policeDecision = PoliceDecisionRecord(
      decision: .notFiled(reasons: "不够"), decidedOn: CaseCodecSamples.day("2025-06-01"),
      stamp: stamp(70), reasonsReceived: stamp(80))
    record.reconsideration = Reconsideration(
      grounds: "达到标准", requested: stamp(90), answer: .reversed(.filed), answered: stamp(100))
    record.supervisionNote = "建议监督"
    record.supervision = stamp(110)
    record.closingNote = "结束"
    record.closed = stamp(120)
    record.cancellationReason = "撤回"
    record.cancelled = stamp(130)
    return record
  }
}
