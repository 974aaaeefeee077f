/// The bureau's figures for a period: every figure the interview quotes, from the records.
public struct PeriodStatistics: Equatable, Sendable {
  public var from: Day
  public var through: Day
  /// Enterprises in the feedback green channel (tagged `Enterprise.feedbackChannelTag`).
  public var channelKeyEnterprises: Int
  public var channelGeneralEnterprises: Int
  /// Key enterprises with a service commissioner, and the commissioners serving them.
  public var keyEnterprisesWithCommissioner: Int
  public var commissioners: Int
  /// The positive list's size at the start and the end of the period.
  public var positiveListAtStart: Int
  public var positiveListAtEnd: Int
  /// Inspections approved in the period (each with its approval form and notice).
  public var approvedInspections: Int
  /// QR scan-ins in the period and the share the enterprises rated satisfied.
  public var scanIns: Int
  public var scanInSatisfaction: Double?
  /// Online-monitoring clues received in the period.
  public var onlineMonitoringClues: Int
  /// Minor violations not penalised under the four lists (不予处罚).
  public var minorViolationsNotPenalised: Int
  /// Referrals handed over to public security in the period.
  public var crimeReferrals: Int
  public var detentionReferrals: Int
  /// Social supervisors serving in the period and their participations in it.
  public var socialSupervisors: Int
  public var supervisorParticipations: Int
  /// Enterprises that had the QR-supervision code by the end of the period.
  public var qrCodesDelivered: Int
  /// Follow-up visits in the period and the share rated satisfied.
  public var followUpVisits: Int
  public var followUpSatisfaction: Double?
  /// Rectification tasks of the period, and how many are done.
  public var rectificationTasks: Int
  public var rectificationTasksDone: Int
}
