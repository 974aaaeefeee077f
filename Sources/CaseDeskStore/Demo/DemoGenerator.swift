import CaseDeskDomain

/// Schedules the demo's history (staff, register, positive list, inspections, clues, cases,
/// referrals, service, rectification) from a plan, then runs it through the domain.
struct DemoGenerator {
  typealias C = DemoClock

  var plan: DemoPlan
  var random: DemoRandom
  var schedule = DemoSchedule()
  var firms: [DemoFirm] = []
  var officers: [StaffID] = []
  var approvers: [StaffID] = []
  var reviewers: [StaffID] = []
  var clerks: [StaffID] = []
  var commissioners: [StaffID] = []
  /// Slots holding the social supervisors' ids.
  var supervisorSlots = 0..<0
  /// Firms not on the positive list, for inspections and cases, in a shuffled order.
  var ordinaryFirms: [Int] = []
  var ordinaryCursor = 0
  /// Firms kept for cases (each gets at most one case).
  var caseFirms: [Int] = []
  var caseCursor = 0
  /// Document-number counters by kind and year.
  var numbers: [String: Int] = [:]

  init(plan: DemoPlan, seed: UInt64) {
    self.plan = plan
    random = DemoRandom(seed: seed)
  }

  /// Schedules everything.
  mutating func scheduleAll() {
    scheduleStaff()
    scheduleEnterprises()
    schedulePositiveList()
    scheduleInspections()
    scheduleClues()
    scheduleCases()
    scheduleService()
    scheduleRectification()
  }

  // MARK: - Helpers

  /// The next document number of a kind in a year, as `鞍环检审〔2025〕12号`.
  mutating func number(_ kind: String, _ year: Int) -> String {
    let key = "\(kind)\(year)"
    let next = (numbers[key] ?? 0) + 1
    numbers[key] = next
    return "\(kind)〔\(year)〕\(next)号"
  }

  /// The next ordinary (never listed) firm, round-robin.
  mutating func nextOrdinaryFirm() -> DemoFirm {
    let firm = firms[ordinaryFirms[ordinaryCursor % ordinaryFirms.count]]
    ordinaryCursor += 1
    return firm
  }

  /// A firm for a new case: each case firm is used once, then ordinary firms again.
  mutating func nextCaseFirm() -> DemoFirm {
    guard caseCursor < caseFirms.count else { return nextOrdinaryFirm() }
    defer { caseCursor += 1 }
    return firms[caseFirms[caseCursor]]
  }

  /// Two different officers.
  mutating func officerPair() -> [StaffID] {
    let first = random.below(officers.count)
    let second = (first + 1 + random.below(officers.count - 1)) % officers.count
    return [officers[first], officers[second]]
  }

  /// A random day in a closed range of days.
  mutating func day(in range: ClosedRange<Day>) -> Day {
    Day(ordinal: random.within(range.lowerBound.ordinal...range.upperBound.ordinal))
  }

  // MARK: - Staff

  mutating func scheduleStaff() {
    let time = C.at(C.day(2024, 9, 2), 8)
    var drafts: [StaffMemberDraft] = []
    var usedNames: Set<String> = []
    func uniqueName(_ random: inout DemoRandom) -> String {
      // A few draws for a fresh name; when the name pool runs dry (a scaled bureau has
      // thousands of staff), number the name instead of drawing forever.
      var name = DemoNames.person(&random)
      var attempts = 1
      while usedNames.contains(name) && attempts < 20 {
        name = DemoNames.person(&random)
        attempts += 1
      }
      if usedNames.contains(name) {
        let stem = name
        var number = 2
        while usedNames.contains(name) {
          name = stem + String(number)
          number += 1
        }
      }
      usedNames.insert(name)
      return name
    }
    for index in 1...3 {
      let id = StaffID("clerk\(index)")
      clerks.append(id)
      drafts.append(StaffMemberDraft(id: id, name: uniqueName(&random), roles: [.clerk]))
    }
    for index in 1...3 {
      let id = StaffID("leader\(index)")
      approvers.append(id)
      drafts.append(StaffMemberDraft(id: id, name: uniqueName(&random), roles: [.approver]))
    }
    for index in 1...3 {
      let id = StaffID("legal\(index)")
      reviewers.append(id)
      drafts.append(
        StaffMemberDraft(
          id: id, name: uniqueName(&random), roles: [.legalReviewer],
          legalQualification: "A\(2008 + index * 3)2103\(100 + index)"))
    }
    for index in 1...plan.officers {
      let id = StaffID("officer\(index)")
      officers.append(id)
      drafts.append(
        StaffMemberDraft(
          id: id, name: uniqueName(&random), roles: [.officer],
          certificateNumber: "2103\(19_000 + index)"))
    }
    for index in 1...plan.commissioners {
      let id = StaffID("commissioner\(index)")
      commissioners.append(id)
      drafts.append(StaffMemberDraft(id: id, name: uniqueName(&random), roles: [.commissioner]))
    }
    drafts.append(StaffMemberDraft(id: "viewer1", name: uniqueName(&random), roles: [.viewer]))
    for (offset, draft) in drafts.enumerated() {
      schedule.command(
        .staff(.addMember(draft)), by: .system, at: time.adding(seconds: Int64(offset)))
    }
    let organisations = [
      "鞍山市人大代表", "鞍山市政协委员", "鞍山市工商联", "铁东区园林街道居委会", "铁西区繁荣街道居委会",
      "鞍山市律师协会", "鞍山师范学院", "辽宁科技大学", "海城市个体劳动者协会", "鞍山市环保志愿者协会",
    ]
    let first = schedule.slot(count: plan.supervisors)
    supervisorSlots = first..<(first + plan.supervisors)
    for index in 0..<plan.supervisors {
      let draft = SupervisorDraft(
        name: uniqueName(&random), organisation: random.pick(organisations),
        termFrom: C.day(2025, 1, 1), termTo: C.day(2026, 12, 31))
      let clerk = clerks[0]
      schedule.create(
        .supervisor, into: first + index, by: .staff(clerk),
        at: C.at(C.day(2024, 12, 26), 10, index % 60)
      ) { _ in .staff(.appointSupervisor(draft)) }
    }
  }

  // MARK: - Enterprises

  mutating func scheduleEnterprises() {
    var names: Set<String> = []
    var codes: Set<String> = []
    let keyCount = plan.channelKey + plan.otherKey
    let start = C.historyStart
    let days = 26
    for index in 0..<plan.enterprises {
      let tier: Enterprise.Tier = index < keyCount ? .key : .general
      let inChannel =
        index < plan.channelKey
        || (index >= keyCount && index < keyCount + plan.channelGeneral)
      let heavyOnly = tier == .key
      let industries = DemoNames.industries.filter { !heavyOnly || $0.heavy }
      let industry = random.pick(industries)
      let district = random.pick(DemoNames.districts)
      var name = ""
      var shortName = ""
      var form = ""
      for attempt in 0..<200 {
        let brand = DemoNames.brand(&random)
        let word = random.pick(industry.words)
        form = random.pick(industry.forms)
        let prefix = random.pick(district.prefixes)
        let branch = attempt >= 100 ? "第\(attempt - 99)分" : ""
        name = prefix + brand + word + branch + form
        shortName = brand + word
        if !names.contains(name) { break }
      }
      names.insert(name)
      let kind = form == "专业合作社" ? "93" : "91"
      var code = DemoNames.code(
        kind: kind, region: district.code, serial: random.below(852_891_037_441))
      while codes.contains(code) {
        code = DemoNames.code(
          kind: kind, region: district.code, serial: random.below(852_891_037_441))
      }
      codes.insert(code)
      let networked = tier == .key || (industry.heavy && random.chance(40))
      let permit = Enterprise.PermitFacts(
        permitsComplete: tier == .key ? true : (random.chance(85) ? true : nil),
        facilitiesRunning: true, executionReportsFiled: tier == .key ? true : random.chance(80),
        category: industry.name == "污水处理" ? .wastewaterTreatment : .ordinary)
      let road = random.pick(district.roads)
      let draft = EnterpriseDraft(
        uscc: code, name: name, shortName: shortName, district: district.name,
        industry: industry.name,
        ownership: tier == .key && random.chance(30) ? "国有" : random.pick(DemoNames.ownerships),
        tier: tier, isKeyDischargeUnit: tier == .key || (industry.heavy && random.chance(30)),
        monitoring: networked ? .networked : (industry.heavy ? .installed : .notInstalled),
        address: "\(district.name)\(road)\(random.within(1...399))号",
        legalRepresentative: DemoNames.person(&random), contactPerson: DemoNames.person(&random),
        contactPhone: DemoNames.phone(&random),
        tags: inChannel ? [Enterprise.feedbackChannelTag] : [], permit: permit)
      let day = C.weekday(start.adding(days: index * days / plan.enterprises))
      let time = C.at(day, 9).adding(seconds: Int64(index % 20_000))
      schedule.command(
        .enterprise(.register(draft)), by: .staff(clerks[index % clerks.count]), at: time)
      firms.append(
        DemoFirm(
          id: EnterpriseID(code), name: name, shortName: shortName, district: district.name,
          industry: industry.name, tier: tier, inChannel: inChannel, networked: networked,
          commissioner: nil, listed: false))
    }
    // Commissioners for the first key enterprises of the channel.
    for index in 0..<plan.commissionedKey {
      let commissioner = commissioners[index % commissioners.count]
      firms[index].commissioner = commissioner
      schedule.command(
        .enterprise(.assignCommissioner(firms[index].id, commissioner)),
        by: .staff(approvers[0]), at: C.at(C.day(2024, 12, 2), 10).adding(seconds: Int64(index)))
    }
    // QR-supervision codes, delivered through the year.
    let order = Array(firms.indices).shuffled(using: &random)
    for index in 0..<plan.qrCodes {
      let firm = firms[order[index]]
      let day = C.weekday(day(in: C.day(2025, 2, 10)...C.day(2025, 11, 28)))
      let actor: Actor =
        firm.commissioner.map { .staff($0) } ?? .staff(clerks[index % clerks.count])
      schedule.command(
        .enterprise(.deliverQRCode(firm.id, on: day)), by: actor,
        at: C.at(day, 15).adding(seconds: Int64(index % 3000)))
    }
  }
}
