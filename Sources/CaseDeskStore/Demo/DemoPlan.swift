/// How many records of each kind the demo builds: the interview's figures, or scaled.
struct DemoPlan {
  var enterprises = 1260
  var channelKey = 147
  var channelGeneral = 430
  var otherKey = 13
  var commissionedKey = 85
  var commissioners = 40
  var qrCodes = 1230
  var listedAtStart = 88
  /// Admitted in the year (net +10 with one suspension kept and one removal).
  var admissions = 12
  var pendingAdmissions = 3
  var officers = 16
  var approvedOnSiteScanned = 400
  var approvedOffSite = 12
  var approvedNotYetOnSite = 5
  var approvedLastYearScannedThisYear = 76
  var approvedLastYearScannedLastYear = 30
  var plannedAwaitingApproval = 4
  var withdrawn = 3
  var monitoringClues = 3406
  var otherClues = 60
  var noPenalty = 28
  var crimeReferrals = 5
  var detentionReferrals = 2
  /// Ordinary penalty cases walked to each stage, per showcase round.
  var caseRounds = 1
  var supervisors = 38
  var inspectionParticipations = 50
  var caseParticipations = 16
  var followUps = 58
  var leaderContacts = 12
  var requests = 40
  var rectificationTasks = 18
  var rectificationDone = 15

  /// The interview's bureau.
  static let interview = DemoPlan()

  /// A province-sized plan: `enterprises` firms with the interview's figures scaled to them.
  static func scaled(to enterprises: Int) -> DemoPlan {
    let base = DemoPlan.interview
    let count = max(enterprises, 300)
    let factor = Double(count) / Double(base.enterprises)
    func scale(_ value: Int) -> Int { max(1, Int((Double(value) * factor).rounded())) }
    var plan = DemoPlan()
    plan.enterprises = count
    plan.channelKey = scale(base.channelKey)
    plan.channelGeneral = scale(base.channelGeneral)
    plan.otherKey = scale(base.otherKey)
    plan.commissionedKey = min(plan.channelKey, scale(base.commissionedKey))
    plan.commissioners = min(plan.commissionedKey, scale(base.commissioners))
    plan.qrCodes = min(count, scale(base.qrCodes))
    plan.listedAtStart = scale(base.listedAtStart)
    plan.admissions = max(3, scale(base.admissions))
    plan.pendingAdmissions = scale(base.pendingAdmissions)
    plan.officers = max(4, scale(base.officers))
    plan.approvedOnSiteScanned = scale(base.approvedOnSiteScanned)
    plan.approvedOffSite = scale(base.approvedOffSite)
    plan.approvedNotYetOnSite = scale(base.approvedNotYetOnSite)
    plan.approvedLastYearScannedThisYear = scale(base.approvedLastYearScannedThisYear)
    plan.approvedLastYearScannedLastYear = scale(base.approvedLastYearScannedLastYear)
    plan.plannedAwaitingApproval = scale(base.plannedAwaitingApproval)
    plan.withdrawn = scale(base.withdrawn)
    plan.monitoringClues = scale(base.monitoringClues)
    plan.otherClues = scale(base.otherClues)
    plan.noPenalty = scale(base.noPenalty)
    plan.crimeReferrals = scale(base.crimeReferrals)
    plan.detentionReferrals = scale(base.detentionReferrals)
    plan.caseRounds = scale(base.caseRounds)
    plan.supervisors = scale(base.supervisors)
    plan.inspectionParticipations = min(
      plan.approvedOnSiteScanned, scale(base.inspectionParticipations))
    plan.caseParticipations = scale(base.caseParticipations)
    plan.followUps = scale(base.followUps)
    plan.leaderContacts = scale(base.leaderContacts)
    plan.requests = scale(base.requests)
    plan.rectificationTasks = scale(base.rectificationTasks)
    plan.rectificationDone = min(plan.rectificationTasks, scale(base.rectificationDone))
    return plan
  }

  /// Inspections approved in the year.
  var approvedInYear: Int { approvedOnSiteScanned + approvedOffSite + approvedNotYetOnSite }
  /// Scan-ins in the year.
  var scanInsInYear: Int { approvedOnSiteScanned + approvedLastYearScannedThisYear }
  /// Enterprises on the positive list at the end of the year.
  var listedAtEnd: Int { listedAtStart + admissions - 2 }
}
