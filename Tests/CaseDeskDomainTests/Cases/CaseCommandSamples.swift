@testable import CaseDeskDomain

/// One valid sample of every case command, with the roles allowed to give it.
enum CaseCommandSamples {
  typealias F = CaseFixture

  static func withRoles(_ id: CaseID, _ f: CaseFixture) -> [(CaseCommand, Set<StaffRole>)] {
    let today = f.today
    let findings = NoPenaltyFindings(
      listItem: "NP-01", firstOffence: true, minor: true, correctedInTime: true,
      noHarmfulConsequence: true, notInSensitiveArea: true, correctionOrder: "责改1",
      correctionDeadline: today, correctedOn: today, recheckOn: today.adding(days: 30))
    return [
      (.openCase(F.opening), [.officer]),
      (.fileCase(id, F.conditions), [.approver]),
      (.withdrawFiling(id, reason: "r"), [.approver]),
      (.startInvestigation(id, officers: [F.officer1, F.officer2]), [.officer]),
      (
        .recordEvidence(
          id, EvidenceRecord(kind: .interview, documentNumber: "n", madeOn: today, summary: "s")),
        [.officer]
      ),
      (.preserveEvidence(id, items: "i"), [.officer]),
      (.decidePreservedEvidence(id, index: 0, outcome: .seized, note: ""), [.officer]),
      (.applyNoCoercion(id, listItem: "NC-01", reason: "r"), [.officer]),
      (.submitInvestigationReport(id, F.report), [.officer]),
      (.reviewCase(id, .passed(opinion: "o")), [.legalReviewer]),
      (.setFlags(id, CaseFlags(complex: true, note: "n")), [.officer, .legalReviewer, .approver]),
      (.givePriorNotice(id, f.notice(servedOn: today)), [.officer]),
      (.recordStatement(id, text: "t", waivesHearing: false), [.officer]),
      (.recordHearingRequest(id, requestedOn: today), [.officer]),
      (.scheduleHearing(id, hearingOn: today.adding(days: 8), noticeServedOn: today), [.officer]),
      (.recordHearing(id, heldOn: today, record: "r"), [.officer]),
      (.recordLegalReview(id, F.checklist, .passed(opinion: "o")), [.legalReviewer]),
      (
        .recordCollectiveDiscussion(id, heldOn: today, minutes: "m", conclusion: "c"),
        [.approver]
      ),
      (.grantExtension(id, reason: "r", collectiveMinutes: ""), [.approver]),
      (.pauseClock(id, .suspension, reason: "r", on: today), [.approver]),
      (.pauseClock(id, .announcement, reason: "r", on: today), [.officer, .approver]),
      (.resumeClock(id, on: today), [.officer, .approver]),
      (.decide(id, .penalty(F.terms), documentNumber: "d"), [.approver]),
      (.decide(id, .noPenaltyMinor(findings), documentNumber: "d"), [.approver]),
      (.recordService(id, servedOn: today, way: .post), [.clerk, .officer]),
      (.recordPayment(id, amountFen: 100, paidOn: today, receipt: "r"), [.clerk, .officer]),
      (.approveInstalments(id, [Instalment(dueOn: today, amountFen: 1)]), [.approver]),
      (.recordEnforcement(id, .demand(documentNumber: "n", on: today)), [.clerk, .officer]),
      (.recordRecheck(id, checkedOn: today, correctionHeld: true, note: "n"), [.officer]),
      (.closeCase(id), [.approver]),
      (.archiveCase(id), [.clerk, .approver]),
      (.inviteSupervisor(id, F.supervisor), [.officer, .legalReviewer, .approver]),
      (.addSupervisorOpinion(id, F.supervisor, opinion: "o"), [.supervisor, .officer]),
    ]
  }

  static func all(_ id: CaseID, _ f: CaseFixture) -> [CaseCommand] {
    withRoles(id, f).map(\.0).filter { $0.caseID != nil }
  }
}
