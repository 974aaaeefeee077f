extension EnforcementCase {
  /// The roles that must act next on the case (what "my queue" and the pane's "who acts" show).
  public var nextActors: Set<StaffRole> {
    switch stage {
    case .opened: return [.approver]
    case .filed, .investigation: return [.officer]
    case .reported: return [.legalReviewer]
    case .reviewed:
      return needsLegalReview && !legalReviewPassed ? [.legalReviewer, .officer] : [.officer]
    case .notified, .hearing:
      if needsLegalReview && !legalReviewPassed { return [.legalReviewer, .officer] }
      return [.officer, .approver]
    case .legalReviewed:
      return needsCollectiveDiscussion && !discussedThisRound ? [.approver] : [.approver, .officer]
    case .discussed: return [.approver]
    case .decided:
      return decision?.decision.kind == .referral ? [.officer, .approver] : [.clerk, .officer]
    case .served, .enforcement: return [.clerk, .officer, .approver]
    case .closed, .withdrawn: return [.clerk, .approver]
    case .archived: return []
    }
  }
}
