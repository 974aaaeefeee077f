extension DomainState {
  /// The open clues of an enterprise, oldest first.
  public func openClues(of enterprise: EnterpriseID) -> [Clue] {
    clues.values
      .filter { $0.enterprise == enterprise && $0.isOpen }
      .sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
  }

  /// Verified complaint clues (complaint, hotline, QR report) of an enterprise received in a
  /// period of local days, oldest first.
  public func verifiedComplaintClues(of enterprise: EnterpriseID, in period: ClosedRange<Day>)
    -> [Clue]
  {
    clues(of: enterprise, in: period) { $0.source.isComplaint && $0.verification == .verified }
  }

  /// The verified exceedance clues of an enterprise in a period that make up repeated exceedance.
  ///
  /// Each returned clue lies in some window of `rule.windowDays` days holding at least
  /// `rule.minimumCount` of them; the result is empty when there is no repeated exceedance.
  public func repeatedExceedanceClues(
    of enterprise: EnterpriseID, in period: ClosedRange<Day>,
    rule: RepeatedExceedanceRule = .standard
  ) -> [Clue] {
    let found = clues(of: enterprise, in: period) { $0.isVerifiedExceedance }
    return Self.repeatedExceedance(in: found, rule: rule, utcOffset: settings.utcOffset)
  }

  /// The clues among `found` (verified exceedances sorted by time) that lie in a window of
  /// `rule.windowDays` days holding at least `rule.minimumCount` of them.
  static func repeatedExceedance(in found: [Clue], rule: RepeatedExceedanceRule, utcOffset: Int)
    -> [Clue]
  {
    guard rule.minimumCount > 0, found.count >= rule.minimumCount else { return [] }
    let days = found.map { $0.receivedAt.day(utcOffset: utcOffset).ordinal }
    var keep = Array(repeating: false, count: found.count)
    // Windows starting at each clue: found is sorted by time, so days is non-decreasing.
    var end = 0
    for start in days.indices {
      if end < start { end = start }
      while end + 1 < days.count, days[end + 1] - days[start] < rule.windowDays { end += 1 }
      if end - start + 1 >= rule.minimumCount {
        for index in start...end { keep[index] = true }
      }
    }
    return found.indices.filter { keep[$0] }.map { found[$0] }
  }

  private func clues(
    of enterprise: EnterpriseID, in period: ClosedRange<Day>, where matches: (Clue) -> Bool
  ) -> [Clue] {
    let offset = settings.utcOffset
    return clues.values
      .filter {
        $0.enterprise == enterprise && period.contains($0.receivedAt.day(utcOffset: offset))
          && matches($0)
      }
      .sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }
  }
}
