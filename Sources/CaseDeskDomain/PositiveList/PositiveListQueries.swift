/// Queries on the positive list.
public enum PositiveListQueries {
  /// What an admission of one enterprise would do now, without doing it.
  public struct AdmissionOutcome: Hashable, Sendable {
    public var enterprise: EnterpriseID
    /// The criteria as checked (nil when the enterprise is unknown).
    public var assessment: PositiveListEntry.Assessment?
    /// Why it would be refused, or nil when it would be admitted (or proposed).
    public var refusal: Refusal?

    public init(
      enterprise: EnterpriseID, assessment: PositiveListEntry.Assessment?, refusal: Refusal?
    ) {
      self.enterprise = enterprise
      self.assessment = assessment
      self.refusal = refusal
    }

    /// Whether the admission would go through.
    public var isAdmissible: Bool { refusal == nil }
  }

  /// Checks each admission on its own, as `admit` would, for a bulk admission's preview.
  ///
  /// The app shows the outcomes, then sends `admitSeveral` with the admissible ones (which is
  /// all or nothing).
  public static func precheck(
    _ requests: [AdmissionRequest], by actor: Actor, at time: Timestamp, in state: DomainState
  ) -> [AdmissionOutcome] {
    let today = time.day(utcOffset: state.settings.utcOffset)
    return requests.map { request in
      let assessment = state.enterprises[request.enterprise].map {
        PositiveListEntry.assess(
          $0, facts: state.enforcementFacts(of: request.enterprise, adding: request.facts),
          on: today)
      }
      do throws(Refusal) {
        _ = try Domain.execute(.positiveList(.admit(request)), by: actor, at: time, in: state)
        return AdmissionOutcome(
          enterprise: request.enterprise, assessment: assessment, refusal: nil)
      } catch {
        return AdmissionOutcome(
          enterprise: request.enterprise, assessment: assessment, refusal: error)
      }
    }
  }

  /// The number of listed enterprises on a day (suspended entries not counted).
  public static func size(on day: Day, in state: DomainState) -> Int {
    state.positiveList.values.reduce(0) { $0 + ($1.status(on: day) == .listed ? 1 : 0) }
  }

  /// The entries per standing on a day.
  public static func counts(on day: Day, in state: DomainState) -> [PositiveListStatus: Int] {
    var counts: [PositiveListStatus: Int] = [:]
    for entry in state.positiveList.values { counts[entry.status(on: day), default: 0] += 1 }
    return counts
  }

  /// The list's size at the end of each month of a year (twelve values, January first).
  public static func monthlySizes(year: Int, in state: DomainState) -> [Int] {
    (1...12).map { month in
      let last = Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))
      return last.map { size(on: $0, in: state) } ?? 0
    }
  }

  /// Entries whose periodic review had passed on a day, oldest review first.
  public static func overdueReviews(on day: Day, in state: DomainState) -> [PositiveListEntry] {
    state.positiveList.values.filter { $0.isReviewOverdue(on: day) }.sorted {
      ($0.nextReviewOn ?? day, $0.id) < ($1.nextReviewOn ?? day, $1.id)
    }
  }

  /// Admissions awaiting an approver, oldest first.
  public static func awaitingApproval(in state: DomainState) -> [PositiveListEntry] {
    state.positiveList.values.filter { $0.status == .candidate }.sorted {
      ($0.pendingAdmission?.proposedOn.ordinal ?? 0, $0.id)
        < ($1.pendingAdmission?.proposedOn.ordinal ?? 0, $1.id)
    }
  }
}
