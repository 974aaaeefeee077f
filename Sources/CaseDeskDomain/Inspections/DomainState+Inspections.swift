extension DomainState {
  /// The inspections of an enterprise planned in a year, in plan order, with their reasons.
  ///
  /// For the "无事不扰" audit of a positive-list enterprise, filter on
  /// `isPositiveListException` or `mode == .onSite`.
  public func inspections(of enterprise: EnterpriseID, inYear year: Int) -> [Inspection] {
    inspections.values
      .filter { $0.enterprise == enterprise && $0.plannedOn.year == year }
      .sorted { ($0.plannedOn, $0.id) < ($1.plannedOn, $1.id) }
  }

  /// The on-site inspections of an enterprise in a year (the positive-list pane's audit column).
  public func onSiteInspections(of enterprise: EnterpriseID, inYear year: Int) -> [Inspection] {
    inspections(of: enterprise, inYear: year).filter {
      $0.mode == .onSite && $0.withdrawal == nil
    }
  }

  /// The inspections of an enterprise whose health-check form has a problem not yet verified.
  public func pendingHealthCheckForms(of enterprise: EnterpriseID) -> [Inspection] {
    inspections.values
      .filter { $0.enterprise == enterprise && $0.hasPendingHealthCheckForm }
      .sorted { $0.id < $1.id }
  }

  /// The plans waiting for an approver, by planned day.
  public func inspectionsAwaitingApproval() -> [Inspection] {
    inspections.values
      .filter { $0.stage == .planned }
      .sorted { ($0.plannedOn, $0.id) < ($1.plannedOn, $1.id) }
  }

  /// The enterprise's latest inspection with a result (the status card's "last inspection").
  public func lastInspection(of enterprise: EnterpriseID) -> Inspection? {
    var latest: (time: Timestamp, inspection: Inspection)?
    for inspection in inspections.values where inspection.enterprise == enterprise {
      guard let time = inspection.result?.stamp.time else { continue }
      if let current = latest, (current.time, current.inspection.id) >= (time, inspection.id) {
        continue
      }
      latest = (time, inspection)
    }
    return latest?.inspection
  }
}
