/// The name of a legal clock in the clock table.
public struct DeadlineRuleID: Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let raw: String

  public init(_ raw: String) { self.raw = raw }
  public init(stringLiteral value: String) { self.raw = value }

  public var description: String { raw }

  public static func < (lhs: DeadlineRuleID, rhs: DeadlineRuleID) -> Bool { lhs.raw < rhs.raw }
}

extension DeadlineRuleID {
  /// Decide on filing within 15 days of receiving a clue (+15 with approval).
  public static let clueFilingDecision: DeadlineRuleID = "clue.filingDecision"
  /// Decide on evidence preservation (先行登记保存) within 7 days.
  public static let evidencePreservation: DeadlineRuleID = "case.evidencePreservation"
  /// The party may ask for a hearing within 5 working days of the prior notice.
  public static let hearingRequest: DeadlineRuleID = "case.hearingRequest"
  /// Notify the party of the hearing at least 7 days before it.
  public static let hearingNotice: DeadlineRuleID = "case.hearingNotice"
  /// Decide within 90 days of filing, +30 with approval, +30 by collective decision.
  public static let caseDecision: DeadlineRuleID = "case.decision"
  /// Serve the decision within 7 days when the party is absent.
  public static let decisionService: DeadlineRuleID = "case.decisionService"
  /// Pay the fine within 15 days of service.
  public static let finePayment: DeadlineRuleID = "case.finePayment"
  /// The head approves a crime referral within 3 days of the report.
  public static let crimeReferralApproval: DeadlineRuleID = "referral.crime.approval"
  /// Hand over a crime referral within 24 hours of approval.
  public static let crimeReferralHandOver: DeadlineRuleID = "referral.crime.handOver"
  /// Police ask for missing material within 24 hours of receipt (crime).
  public static let crimePoliceMaterialRequest: DeadlineRuleID = "referral.crime.policeRequest"
  /// The bureau completes missing material within 3 days.
  public static let materialSupplement: DeadlineRuleID = "referral.materialSupplement"
  /// Police decide on filing within 3 days (7 to check clues, 30 with approval if major).
  public static let policeFilingDecision: DeadlineRuleID = "referral.crime.policeDecision"
  /// Police tell the bureau their decision within 3 days.
  public static let policeNotification: DeadlineRuleID = "referral.crime.policeNotification"
  /// Ask for reconsideration within 3 working days of a refusal.
  public static let reconsiderationRequest: DeadlineRuleID = "referral.reconsideration"
  /// Hand over a detention referral within 3 working days of the penalty decision.
  public static let detentionHandOver: DeadlineRuleID = "referral.detention.handOver"
  /// Police may ask for more material within 3 days of a detention referral.
  public static let detentionPoliceMaterialRequest: DeadlineRuleID =
    "referral.detention.policeRequest"
  /// Police give the reasons for refusing detention within 5 days.
  public static let detentionRefusalReasons: DeadlineRuleID = "referral.detention.refusalReasons"
}
