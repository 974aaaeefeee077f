extension ReferralRules {
  /// The open deadlines of every referral, on the bureau's side and the police's, each with the
  /// roles that must act (or follow up) next.
  static func deadlines(in state: DomainState, calendar: WorkingDayCalendar) -> [Deadline] {
    state.referrals.values.sorted { $0.id < $1.id }.flatMap {
      deadlines(for: $0, in: state, calendar: calendar)
    }
  }

  /// The open deadlines of one referral.
  static func deadlines(
    for referral: Referral, in state: DomainState, calendar: WorkingDayCalendar
  ) -> [Deadline] {
    let offset = state.settings.utcOffset
    var result: [Deadline] = []
    func add(_ id: DeadlineRuleID, start: Timestamp, owners: Set<StaffRole>) {
      let rule = CaseClocks.rule(id, in: state)
      let due = LegalClock.due(rule, start: start, calendar: calendar, utcOffset: offset)
      result.append(
        Deadline(
          record: .referral(referral.id), rule: id, title: rule.title, party: rule.party,
          owners: owners, start: start, due: due))
    }
    let crime = referral.kind == .crime
    switch referral.stage {
    case .drafted, .approved:
      if crime {
        if referral.stage == .drafted {
          add(.crimeReferralApproval, start: referral.drafted.time, owners: [.approver])
        } else if let approval = referral.approval {
          add(.crimeReferralHandOver, start: approval.time, owners: [.officer])
        }
      } else if let decided = state.cases[referral.caseID]?.decision,
        decided.decision.kind.imposesPenalty
      {
        let owners: Set<StaffRole> = referral.stage == .drafted ? [.approver] : [.officer]
        add(.detentionHandOver, start: decided.stamp.time, owners: owners)
      }
    case .handedOver:
      break
    case .received:
      guard let receipt = referral.receipt else { break }
      let lastSupply = referral.materialRequests.compactMap(\.supplied?.time).max()
      if crime {
        if referral.materialRequests.isEmpty {
          add(.crimePoliceMaterialRequest, start: receipt.receivedAt, owners: [.officer])
        }
        let start = lastSupply ?? receipt.receivedAt
        add(.policeFilingDecision, start: start, owners: [.officer])
        let decisionRule = CaseClocks.rule(.policeFilingDecision, in: state)
        let notifyStart = start.adding(seconds: Int64(decisionRule.amount) * 86_400)
        add(.policeNotification, start: notifyStart, owners: [.officer])
      } else if referral.materialRequests.isEmpty {
        add(.detentionPoliceMaterialRequest, start: receipt.receivedAt, owners: [.officer])
      }
    case .materialRequested:
      if let request = referral.openMaterialRequest {
        add(.materialSupplement, start: request.requestedAt, owners: [.officer])
      }
    case .policeDecided:
      guard let decision = referral.policeDecision else { break }
      if decision.decision.isRefusal {
        add(.reconsiderationRequest, start: decision.stamp.time, owners: [.approver])
      }
      if case .refused(let reasons) = decision.decision, reasons.isEmpty {
        add(.detentionRefusalReasons, start: decision.stamp.time, owners: [.officer])
      }
    case .reconsiderationRequested, .reconsidered, .supervisionRequested, .closed, .cancelled:
      break
    }
    return result
  }
}
