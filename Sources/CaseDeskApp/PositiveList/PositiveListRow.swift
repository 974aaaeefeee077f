import CaseDeskDomain

/// One row of the positive list pane: an enterprise with an entry (or one that could be
/// admitted) and the figures the pane shows about it.
public struct PositiveListRow: Equatable, Sendable, Identifiable {
  public var enterprise: Enterprise
  /// The standing now; `notListed` for an enterprise that only qualifies (a candidate).
  public var status: PositiveListStatus
  /// Whether an enterprise that is not listed meets every criterion that is known.
  public var isEligible: Bool
  /// The day the standing began: listed since, or the day of the last step.
  public var since: Day?
  /// What the standing rests on: the criteria checked, or the reason of a suspension.
  public var basis: LocalizedText
  /// The next periodic review, and whether it has passed.
  public var nextReview: Day?
  public var isReviewOverdue: Bool
  public var commissionerName: String?
  /// Clues about the enterprise not yet disposed of.
  public var openClues: Int
  /// On the "review needed" queue (a violation, a verified complaint, repeated exceedance).
  public var needsReview: Bool
  /// The on-site inspections planned in the year of the rows (not withdrawn), by planned day:
  /// the audit of "无事不扰".
  public var onSiteInspections: [Inspection]

  public init(
    enterprise: Enterprise, status: PositiveListStatus, isEligible: Bool = false,
    since: Day? = nil, basis: LocalizedText = LocalizedText(zh: "", en: ""),
    nextReview: Day? = nil, isReviewOverdue: Bool = false, commissionerName: String? = nil,
    openClues: Int = 0, needsReview: Bool = false, onSiteInspections: [Inspection] = []
  ) {
    self.enterprise = enterprise
    self.status = status
    self.isEligible = isEligible
    self.since = since
    self.basis = basis
    self.nextReview = nextReview
    self.isReviewOverdue = isReviewOverdue
    self.commissionerName = commissionerName
    self.openClues = openClues
    self.needsReview = needsReview
    self.onSiteInspections = onSiteInspections
  }

  public var id: EnterpriseID { enterprise.id }
  public var name: String { enterprise.name }
  /// How many on-site inspections the year holds (the pane's "on site" column).
  public var onSiteCount: Int { onSiteInspections.count }

  /// Whether the row belongs under a tab.
  public func isShown(under tab: PositiveListTab) -> Bool {
    switch tab {
    case .listed: return status == .listed
    case .candidates: return status == .candidate || (status == .notListed && isEligible)
    case .suspended: return status == .suspended
    case .removed: return status == .removed
    case .all: return true
    }
  }
}
