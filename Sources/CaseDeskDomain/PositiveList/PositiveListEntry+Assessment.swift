extension PositiveListEntry {
  /// An admission criterion (the usual ones, `domain.md` "Positive list").
  public enum Criterion: String, Hashable, Sendable, CaseIterable {
    /// Permits complete and pollution-control facilities running.
    case permitsAndFacilities
    /// No administrative penalty in the last 2 years.
    case noPenaltyInTwoYears
    /// No environmental emergency in the last 2 years.
    case noEmergencyInTwoYears
    /// Permit execution reports filed.
    case executionReportsFiled
    /// Automatic monitoring installed and networked (off-site checks possible).
    case monitoringNetworked
    /// Not a centralised hazardous-waste, incineration or wastewater plant.
    case notExcludedCategory
    /// No environmental-crime record in the last 3 years.
    case noCrimeInThreeYears

    /// The criterion's name in both languages.
    public var title: LocalizedText {
      switch self {
      case .permitsAndFacilities:
        return LocalizedText(zh: "手续齐全、治污设施正常运行", en: "permits complete, facilities running")
      case .noPenaltyInTwoYears:
        return LocalizedText(zh: "近两年无行政处罚", en: "no penalty in the last 2 years")
      case .noEmergencyInTwoYears:
        return LocalizedText(zh: "近两年无突发环境事件", en: "no emergency in the last 2 years")
      case .executionReportsFiled:
        return LocalizedText(zh: "按时提交排污许可执行报告", en: "permit execution reports filed")
      case .monitoringNetworked:
        return LocalizedText(zh: "自动监控已安装并联网", en: "automatic monitoring networked")
      case .notExcludedCategory:
        return LocalizedText(zh: "不属于排除类别", en: "not an excluded category")
      case .noCrimeInThreeYears:
        return LocalizedText(zh: "近三年无环境犯罪记录", en: "no environmental crime in 3 years")
      }
    }
  }

  /// Whether a criterion is met.
  public enum Finding: String, Hashable, Sendable, CaseIterable {
    case met
    case notMet
    /// The facts are not known; admission needs the clerk's explicit confirmation.
    case unknown
  }

  /// One criterion checked, with the evidence found.
  public struct CriterionCheck: Hashable, Sendable {
    public var criterion: Criterion
    public var finding: Finding
    public var evidence: LocalizedText

    public init(criterion: Criterion, finding: Finding, evidence: LocalizedText) {
      self.criterion = criterion
      self.finding = finding
      self.evidence = evidence
    }
  }

  /// A penalty decision or crime record found for the enterprise.
  public struct PriorRecord: Hashable, Sendable {
    /// The day of the decision or record.
    public var day: Day
    /// A case number or referral number.
    public var reference: String

    public init(day: Day, reference: String) {
      self.day = day
      self.reference = reference
    }
  }

  /// What a search of cases and referrals found, supplied by the caller of an admission.
  ///
  /// The positive list cannot see penalties and crime records itself (they live in cases and
  /// referrals); a query finds them and passes them here. nil means nobody searched, which makes
  /// the criterion unknown.
  public struct EnforcementFacts: Hashable, Sendable {
    /// Penalty decisions found (any age), or nil when not searched.
    public var penalties: [PriorRecord]?
    /// Environmental-crime records found (any age), or nil when not searched.
    public var crimeRecords: [PriorRecord]?

    public init(penalties: [PriorRecord]? = nil, crimeRecords: [PriorRecord]? = nil) {
      self.penalties = penalties
      self.crimeRecords = crimeRecords
    }
  }

  /// The criteria an admission was checked against, on a day.
  public struct Assessment: Hashable, Sendable {
    public var checkedOn: Day
    /// One check per criterion, in `Criterion.allCases` order.
    public var checks: [CriterionCheck]
    /// The facts supplied about penalties and crime records.
    public var facts: EnforcementFacts
    /// The clerk confirmed admission despite unknown criteria.
    public var unknownsConfirmed: Bool

    public init(
      checkedOn: Day, checks: [CriterionCheck], facts: EnforcementFacts,
      unknownsConfirmed: Bool = false
    ) {
      self.checkedOn = checkedOn
      self.checks = checks
      self.facts = facts
      self.unknownsConfirmed = unknownsConfirmed
    }

    /// The criteria not met.
    public var unmet: [Criterion] { checks.filter { $0.finding == .notMet }.map(\.criterion) }
    /// The criteria not known.
    public var unknown: [Criterion] { checks.filter { $0.finding == .unknown }.map(\.criterion) }
  }

  /// Whether one criterion is met for an enterprise on a day, without the evidence text (the
  /// cheap check a list of candidates needs; `assess` gives the same findings with evidence).
  public static func finding(
    of criterion: Criterion, for enterprise: Enterprise, facts: EnforcementFacts, on day: Day
  ) -> Finding {
    let permit = enterprise.permit
    switch criterion {
    case .permitsAndFacilities:
      let values = [permit.permitsComplete, permit.facilitiesRunning]
      return values.contains(false) ? .notMet : values.contains(nil) ? .unknown : .met
    case .noPenaltyInTwoYears:
      return recordFinding(facts.penalties, since: RegisterSupport.yearsBefore(day, years: 2))
    case .noCrimeInThreeYears:
      return recordFinding(facts.crimeRecords, since: RegisterSupport.yearsBefore(day, years: 3))
    case .noEmergencyInTwoYears:
      let since = RegisterSupport.yearsBefore(day, years: 2)
      return permit.emergencies.contains { $0 >= since && $0 <= day } ? .notMet : .met
    case .executionReportsFiled:
      return permit.executionReportsFiled.map { $0 ? .met : .notMet } ?? .unknown
    case .monitoringNetworked:
      switch enterprise.monitoring {
      case .networked: return .met
      case .installed, .notInstalled: return .notMet
      case nil: return .unknown
      }
    case .notExcludedCategory:
      switch permit.category {
      case .ordinary: return .met
      case .centralisedHazardousWaste, .incineration, .wastewaterTreatment: return .notMet
      case nil: return .unknown
      }
    }
  }

  private static func recordFinding(_ found: [PriorRecord]?, since: Day) -> Finding {
    guard let found else { return .unknown }
    return found.contains { $0.day >= since } ? .notMet : .met
  }

  /// Checks every criterion for an enterprise on a day.
  public static func assess(
    _ enterprise: Enterprise, facts: EnforcementFacts, on day: Day
  ) -> Assessment {
    let twoYears = RegisterSupport.yearsBefore(day, years: 2)
    let threeYears = RegisterSupport.yearsBefore(day, years: 3)
    let permit = enterprise.permit
    var checks: [CriterionCheck] = []
    for criterion in Criterion.allCases {
      switch criterion {
      case .permitsAndFacilities:
        let finding = finding(of: criterion, for: enterprise, facts: facts, on: day)
        checks.append(
          CriterionCheck(
            criterion: criterion, finding: finding,
            evidence: LocalizedText(
              zh:
                "登记册：许可手续\(yesNo(permit.permitsComplete).zh)，设施运行\(yesNo(permit.facilitiesRunning).zh)",
              en: "Register: permits complete \(yesNo(permit.permitsComplete).en), "
                + "facilities running \(yesNo(permit.facilitiesRunning).en)")))
      case .noPenaltyInTwoYears:
        checks.append(
          recordCheck(
            criterion, found: facts.penalties, since: twoYears,
            kind: LocalizedText(zh: "行政处罚", en: "penalty")))
      case .noCrimeInThreeYears:
        checks.append(
          recordCheck(
            criterion, found: facts.crimeRecords, since: threeYears,
            kind: LocalizedText(zh: "环境犯罪记录", en: "crime record")))
      case .noEmergencyInTwoYears:
        let recent = permit.emergencies.filter { $0 >= twoYears && $0 <= day }
        let list = recent.map(\.description).joined(separator: ", ")
        checks.append(
          CriterionCheck(
            criterion: criterion,
            finding: finding(of: criterion, for: enterprise, facts: facts, on: day),
            evidence: recent.isEmpty
              ? LocalizedText(
                zh: "登记册中 \(twoYears) 以来无突发环境事件",
                en: "No emergency in the register since \(twoYears)")
              : LocalizedText(zh: "突发环境事件：\(list)", en: "Emergencies: \(list)")))
      case .executionReportsFiled:
        let value = permit.executionReportsFiled
        checks.append(
          CriterionCheck(
            criterion: criterion,
            finding: finding(of: criterion, for: enterprise, facts: facts, on: day),
            evidence: LocalizedText(
              zh: "登记册：执行报告\(yesNo(value).zh)", en: "Register: reports filed \(yesNo(value).en)")))
      case .monitoringNetworked:
        let finding = finding(of: criterion, for: enterprise, facts: facts, on: day)
        let text = monitoringText(enterprise.monitoring)
        checks.append(
          CriterionCheck(
            criterion: criterion, finding: finding,
            evidence: LocalizedText(
              zh: "登记册：自动监控\(text.zh)", en: "Register: monitoring \(text.en)")))
      case .notExcludedCategory:
        let finding = finding(of: criterion, for: enterprise, facts: facts, on: day)
        let text = categoryText(permit.category)
        checks.append(
          CriterionCheck(
            criterion: criterion, finding: finding,
            evidence: LocalizedText(
              zh: "登记册：设施类别为\(text.zh)", en: "Register: category \(text.en)")))
      }
    }
    return Assessment(checkedOn: day, checks: checks, facts: facts)
  }

  private static func monitoringText(_ value: Enterprise.Monitoring?) -> LocalizedText {
    switch value {
    case .networked?: return LocalizedText(zh: "已联网", en: "networked")
    case .installed?: return LocalizedText(zh: "已安装未联网", en: "installed, not networked")
    case .notInstalled?: return LocalizedText(zh: "未安装", en: "not installed")
    case nil: return LocalizedText(zh: "情况未知", en: "unknown")
    }
  }

  private static func categoryText(_ value: Enterprise.FacilityCategory?) -> LocalizedText {
    switch value {
    case .ordinary?: return LocalizedText(zh: "一般设施", en: "ordinary")
    case .centralisedHazardousWaste?:
      return LocalizedText(zh: "集中式危险废物处置", en: "centralised hazardous-waste disposal")
    case .incineration?: return LocalizedText(zh: "垃圾焚烧", en: "incineration")
    case .wastewaterTreatment?: return LocalizedText(zh: "污水集中处理", en: "wastewater treatment")
    case nil: return LocalizedText(zh: "未知", en: "unknown")
    }
  }

  private static func yesNo(_ value: Bool?) -> LocalizedText {
    switch value {
    case true?: return LocalizedText(zh: "是", en: "yes")
    case false?: return LocalizedText(zh: "否", en: "no")
    case nil: return LocalizedText(zh: "未知", en: "unknown")
    }
  }

  private static func recordCheck(
    _ criterion: Criterion, found: [PriorRecord]?, since: Day, kind: LocalizedText
  ) -> CriterionCheck {
    guard let found else {
      return CriterionCheck(
        criterion: criterion, finding: .unknown,
        evidence: LocalizedText(
          zh: "未查询\(kind.zh)情况", en: "No search for \(kind.en)s was supplied"))
    }
    let recent = found.filter { $0.day >= since }
    guard recent.isEmpty else {
      let list = recent.map { "\($0.reference) (\($0.day))" }.joined(separator: ", ")
      return CriterionCheck(
        criterion: criterion, finding: .notMet,
        evidence: LocalizedText(
          zh: "\(since) 以来的\(kind.zh)：\(list)", en: "\(kind.en)s since \(since): \(list)"))
    }
    return CriterionCheck(
      criterion: criterion, finding: .met,
      evidence: LocalizedText(
        zh: "已查询：\(since) 以来无\(kind.zh)（共找到 \(found.count) 条更早记录）",
        en: "Searched: no \(kind.en) since \(since) (\(found.count) older found)"))
  }
}
