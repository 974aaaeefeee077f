import CaseDeskDomain
import Foundation

@testable import CaseDeskStore

/// Staff, codes and files for the import and export tests.
enum ExchangeFixture {
  static let time = Timestamp(secondsSinceEpoch: 1_751_271_300)
  static let clerk = Actor.staff(StaffID("li"))
  static let commissioner = Actor.staff(StaffID("wang"))

  /// A valid code whose middle digits are `number`.
  static func uscc(_ number: Int) -> String {
    let digits = String(number)
    let body = "91210300MA" + String(repeating: "0", count: 7 - digits.count) + digits
    let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
    return body + String(UnifiedSocialCreditCode.checkCharacter(forValues: values))
  }

  /// The events that add a clerk (li) and a commissioner (wang).
  static func staffEvents() throws -> [Event] {
    var state = DomainState()
    var events: [Event] = []
    events += try Domain.perform(
      .staff(.addMember(StaffMemberDraft(id: StaffID("li"), name: "李文", roles: [.clerk]))),
      by: .system, at: time, on: &state)
    events += try Domain.perform(
      .staff(
        .addMember(StaffMemberDraft(id: StaffID("wang"), name: "王芳", roles: [.commissioner]))),
      by: .system, at: time, on: &state)
    return events
  }

  /// A state with the two staff members.
  static func state() throws -> DomainState {
    var state = DomainState()
    try state.apply(staffEvents())
    return state
  }

  /// A new workspace with the two staff members.
  static func workspace() throws -> Workspace {
    try Workspace.create(
      at: temporaryWorkspacePath(), config: WorkspaceConfig(name: "t"), events: staffEvents())
  }

  /// UTF-8 bytes of CSV text.
  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// Plans an import as the clerk.
  static func plan(
    _ text: String, in state: DomainState, options: ImportOptions = ImportOptions()
  ) throws -> ImportPlan {
    try EnterpriseImport.plan(
      bytes: bytes(text), in: state, by: clerk, at: time, options: options)
  }
}
