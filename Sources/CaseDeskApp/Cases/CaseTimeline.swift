import CaseDeskDomain

/// A case's record as a timeline: every stage's step with who, when and what, oldest first.
///
/// Reads only the case record (each step keeps its stamp); steps the record keeps without a
/// stamp (investigation records, the hearing's schedule) show their own day and no name.
enum CaseTimeline {
  /// Every recorded step of a case, oldest first.
  static func entries(of record: EnforcementCase, in domain: DomainState, strings: Strings)
    -> [CaseTimelineEntry]
  {
    var builder = Builder(domain: domain, strings: strings)
    builder.opening(record)
    builder.investigation(record)
    builder.reviews(record)
    builder.notice(record)
    builder.legalReviews(record)
    builder.clock(record)
    builder.decisions(record)
    builder.enforcement(record)
    builder.supervisors(record)
    builder.referrals(record)
    return builder.sorted()
  }

  /// The name of whoever made a step: the staff member's name, else the id, or "system".
  static func name(of actor: Actor, in domain: DomainState, strings: Strings) -> String {
    switch actor {
    case .staff(let id): return domain.staff[id]?.name ?? id.raw
    case .system: return strings[.caseDetailSystem]
    }
  }

  /// A timeline entry as one line of text: day, who, what.
  static func text(of entry: CaseTimelineEntry, in domain: DomainState, strings: Strings)
    -> String
  {
    guard let actor = entry.actor else { return entry.day.description + " " + entry.text }
    return strings.format(
      .caseDetailEntry, entry.day.description, name(of: actor, in: domain, strings: strings),
      entry.text)
  }

  /// An amount in fen as yuan (`1234.50元`, `¥1234.50`), in whole yuan when there are no fen.
  static func yuan(_ fen: Int, strings: Strings) -> String {
    let sign = fen < 0 ? "-" : ""
    let magnitude = fen.magnitude
    let cents = magnitude % 100
    var text = sign + String(magnitude / 100)
    if cents != 0 { text += "." + (cents < 10 ? "0" : "") + String(cents) }
    return strings.format(.caseDetailYuan, text)
  }

  /// Collects the entries of one case in record order, then sorts them by day and time.
  struct Builder {
    let domain: DomainState
    let strings: Strings
    var entries: [CaseTimelineEntry] = []

    init(domain: DomainState, strings: Strings) {
      self.domain = domain
      self.strings = strings
    }

    var offset: Int { domain.settings.utcOffset }

    /// Adds a step stamped with who and when (on the stamp's day unless `day` is given).
    mutating func add(
      _ text: String, _ stamp: ActionStamp, day: Day? = nil, isSetback: Bool = false
    ) {
      entries.append(
        CaseTimelineEntry(
          day: day ?? stamp.time.day(utcOffset: offset), time: stamp.time, actor: stamp.actor,
          text: text, isSetback: isSetback))
    }

    /// Adds the steps of the case's referrals, each naming its referral.
    mutating func referrals(_ record: EnforcementCase) {
      for id in CaseTimeline.referralIDs(of: record) {
        guard let referral = domain.referrals[id] else { continue }
        for var entry in ReferralTimeline.entries(of: referral, in: domain, strings: strings) {
          entry.text = strings.format(.caseTimelineReferralStep, id.raw, entry.text)
          entries.append(entry)
        }
      }
    }

    /// Adds a step the record keeps only with its day.
    mutating func add(_ text: String, on day: Day) {
      entries.append(CaseTimelineEntry(day: day, text: text))
    }

    /// "name: yes" for one check.
    func check(_ key: StringKey, _ value: Bool) -> String {
      strings.format(.caseDetailCheck, strings[key], strings[value ? .yes : .no])
    }

    /// The entries by day, stamped steps by time within a day, unstamped ones after them;
    /// steps that tie keep the record's order.
    func sorted() -> [CaseTimelineEntry] {
      entries.enumerated().sorted { lhs, rhs in
        if lhs.element.day != rhs.element.day { return lhs.element.day < rhs.element.day }
        let left = lhs.element.time?.secondsSinceEpoch ?? Int64.max
        let right = rhs.element.time?.secondsSinceEpoch ?? Int64.max
        if left != right { return left < right }
        return lhs.offset < rhs.offset
      }.map(\.element)
    }
  }
}
