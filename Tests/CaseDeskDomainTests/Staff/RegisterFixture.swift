import CaseDeskDomain
import Testing

/// A workspace with one member per role, created through staff commands, for the register's
/// tests.
enum RegisterFixture {
  static let officer: StaffID = "officer"
  static let officer2: StaffID = "officer2"
  static let reviewer: StaffID = "reviewer"
  static let approver: StaffID = "approver"
  static let approver2: StaffID = "approver2"
  static let clerk: StaffID = "clerk"
  static let commissioner: StaffID = "commissioner"
  static let commissioner2: StaffID = "commissioner2"
  static let supervisor: StaffID = "supervisor"
  static let viewer: StaffID = "viewer"

  /// One member per role (the key: the role whose member it is).
  static let members: [StaffMemberDraft] = [
    StaffMemberDraft(id: officer, name: "张伟", roles: [.officer], certificateNumber: "21030001"),
    StaffMemberDraft(id: officer2, name: "李明", roles: [.officer], certificateNumber: "21030002"),
    StaffMemberDraft(
      id: reviewer, name: "刘娜", roles: [.legalReviewer], legalQualification: "A2021001"),
    StaffMemberDraft(id: approver, name: "陈军", roles: [.approver]),
    StaffMemberDraft(id: approver2, name: "周平", roles: [.approver]),
    StaffMemberDraft(id: clerk, name: "孙丽", roles: [.clerk]),
    StaffMemberDraft(id: commissioner, name: "王敏", roles: [.commissioner]),
    StaffMemberDraft(id: commissioner2, name: "赵磊", roles: [.commissioner]),
    StaffMemberDraft(id: supervisor, name: "吴芳", roles: [.supervisor]),
    StaffMemberDraft(id: viewer, name: "郑浩", roles: [.viewer]),
  ]

  /// The member holding each role (one each).
  static let byRole: [StaffRole: StaffID] = [
    .officer: officer, .legalReviewer: reviewer, .approver: approver, .clerk: clerk,
    .commissioner: commissioner, .supervisor: supervisor, .viewer: viewer,
  ]

  static let offset = 8 * 3600

  /// 09:00 local on a day.
  static func time(_ year: Int, _ month: Int, _ day: Int, hour: Int = 9) -> Timestamp {
    Timestamp(day: self.day(year, month, day), hour: hour, utcOffset: offset)
  }

  /// A day that exists.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(ordinal: 0)
  }

  static let now = time(2025, 6, 30)
  static let today = day(2025, 6, 30)

  /// A fresh state with the staff above.
  static func state(needsApproval: Bool = true) -> DomainState {
    var state = DomainState(
      settings: DomainSettings(positiveListAdmissionNeedsApproval: needsApproval))
    for draft in members {
      do {
        try Domain.perform(
          .staff(.addMember(draft)), by: .system, at: time(2025, 1, 2), on: &state)
      } catch {
        Issue.record("fixture: \(error)")
      }
    }
    return state
  }

  /// A valid code built from a number (Anshan region, enterprise).
  static func code(_ n: Int) -> String {
    var body = Array("91210300")
    var rest = n
    for _ in 0..<9 {
      body.append(UnifiedSocialCreditCode.alphabet[rest % 31])
      rest /= 31
    }
    let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
    body.append(UnifiedSocialCreditCode.checkCharacter(forValues: values))
    return String(body)
  }

  /// Permit facts meeting every criterion.
  static let goodPermit = Enterprise.PermitFacts(
    permitsComplete: true, facilitiesRunning: true, executionReportsFiled: true,
    category: .ordinary)

  /// A registration draft meeting every positive-list criterion.
  static func draft(_ n: Int, tier: Enterprise.Tier = .key) -> EnterpriseDraft {
    EnterpriseDraft(
      uscc: code(n), name: "鞍山测试企业\(n)有限公司", shortName: "测试\(n)", district: "铁东区",
      industry: "钢铁", ownership: "民营", tier: tier, isKeyDischargeUnit: true,
      monitoring: .networked, permit: goodPermit)
  }

  /// Registers enterprise `n` by the clerk; returns its id.
  @discardableResult
  static func register(_ n: Int, in state: inout DomainState, tier: Enterprise.Tier = .key)
    throws -> EnterpriseID
  {
    try Domain.perform(
      .enterprise(.register(draft(n, tier: tier))), by: .staff(clerk), at: time(2025, 2, 1),
      on: &state)
    return EnterpriseID(code(n))
  }

  /// Facts saying nothing was found.
  static let clean = PositiveListEntry.EnforcementFacts(penalties: [], crimeRecords: [])

  /// The refusal a command meets, or nil when it goes through.
  static func refusal(
    _ command: Command, by actor: Actor, at time: Timestamp = now, in state: DomainState
  ) -> Refusal? {
    do {
      _ = try Domain.execute(command, by: actor, at: time, in: state)
      return nil
    } catch {
      return error
    }
  }

  /// Checks that every problem names a field and has both texts.
  static func expectWellFormed(
    _ refusal: Refusal?, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let refusal else {
      Issue.record("expected a refusal", sourceLocation: sourceLocation)
      return
    }
    #expect(!refusal.message.zh.isEmpty, sourceLocation: sourceLocation)
    #expect(!refusal.message.en.isEmpty, sourceLocation: sourceLocation)
    for problem in refusal.problems {
      #expect(!problem.field.isEmpty, sourceLocation: sourceLocation)
      #expect(!problem.message.zh.isEmpty, sourceLocation: sourceLocation)
      #expect(!problem.message.en.isEmpty, sourceLocation: sourceLocation)
    }
  }

  /// The fields a refusal's problems name, sorted.
  static func fields(_ refusal: Refusal?) -> [String] {
    (refusal?.problems ?? []).map(\.field).sorted()
  }

  /// Every actor that is refused a command for lack of role: the members whose roles are not in
  /// `allowed`.
  static func outsiders(_ allowed: Set<StaffRole>) -> [StaffID] {
    byRole.filter { !allowed.contains($0.key) }.map(\.value).sorted()
  }
}
