extension Enterprise {
  /// The tag marking an enterprise in the bureau's feedback green channel (诉求反馈绿色通道).
  public static let feedbackChannelTag = "绿色通道"
}

extension DomainState {
  /// The period's figures (`from` and `through` inclusive, local days).
  public func statistics(from: Day, through: Day) -> PeriodStatistics {
    let offset = settings.utcOffset
    func inPeriod(_ day: Day) -> Bool { from <= day && day <= through }
    func inPeriod(_ time: Timestamp) -> Bool { inPeriod(time.day(utcOffset: offset)) }

    var channelKey = 0
    var channelGeneral = 0
    var keyWithCommissioner = 0
    var commissionerIDs: Set<StaffID> = []
    var qrCodes = 0
    for enterprise in enterprises.values {
      if enterprise.tags.contains(Enterprise.feedbackChannelTag) {
        if enterprise.tier == .key { channelKey += 1 } else { channelGeneral += 1 }
      }
      if enterprise.tier == .key, let commissioner = enterprise.commissioner {
        keyWithCommissioner += 1
        commissionerIDs.insert(commissioner)
      }
      if let delivered = enterprise.qrCodeDeliveredOn, delivered <= through { qrCodes += 1 }
    }

    var approved = 0
    var scanIns = 0
    var evaluations = 0
    var satisfiedEvaluations = 0
    var participations = 0
    for inspection in inspections.values {
      if let approval = inspection.approval, inPeriod(approval.stamp.time) { approved += 1 }
      if let scanIn = inspection.scanIn, inPeriod(scanIn.scannedAt) {
        scanIns += 1
        if let evaluation = inspection.evaluation {
          evaluations += 1
          if evaluation != .notSatisfied { satisfiedEvaluations += 1 }
        }
      }
      for invitation in inspection.supervisors
      where invitation.participated == true && inPeriod(invitation.invited.time) {
        participations += 1
      }
    }
    var notPenalised = 0
    for record in cases.values {
      if let decision = record.decision, decision.decision.kind == .noPenaltyMinor,
        inPeriod(decision.decidedOn)
      {
        notPenalised += 1
      }
      for participation in record.supervisors
      where participation.opinionStamp.map({ inPeriod($0.time) }) ?? false {
        participations += 1
      }
    }
    var crime = 0
    var detention = 0
    for referral in referrals.values {
      guard let handOver = referral.handOver, inPeriod(handOver.handedOverAt) else { continue }
      if referral.kind == .crime { crime += 1 } else { detention += 1 }
    }
    let monitoringClues = clues.values.filter {
      $0.source == .onlineMonitoring && inPeriod($0.receivedAt)
    }.count
    let supervisorsServing = supervisors.values.filter {
      $0.termFrom <= through && $0.termTo >= from
    }.count
    let visits = followUpVisits.values.filter { $0.kind == .followUp && inPeriod($0.visitedOn) }
    let ratedVisits = visits.compactMap(\.satisfaction)
    let rectification = rectificationProgress(in: from...through)
    return PeriodStatistics(
      from: from, through: through, channelKeyEnterprises: channelKey,
      channelGeneralEnterprises: channelGeneral,
      keyEnterprisesWithCommissioner: keyWithCommissioner, commissioners: commissionerIDs.count,
      positiveListAtStart: PositiveListQueries.size(on: from, in: self),
      positiveListAtEnd: PositiveListQueries.size(on: through, in: self),
      approvedInspections: approved, scanIns: scanIns,
      scanInSatisfaction: evaluations == 0
        ? nil : Double(satisfiedEvaluations) / Double(evaluations),
      onlineMonitoringClues: monitoringClues, minorViolationsNotPenalised: notPenalised,
      crimeReferrals: crime, detentionReferrals: detention,
      socialSupervisors: supervisorsServing, supervisorParticipations: participations,
      qrCodesDelivered: qrCodes, followUpVisits: visits.count,
      followUpSatisfaction: ratedVisits.isEmpty
        ? nil
        : Double(ratedVisits.filter { $0 != .notSatisfied }.count) / Double(ratedVisits.count),
      rectificationTasks: rectification.total, rectificationTasksDone: rectification.done)
  }
}
