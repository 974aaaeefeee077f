import Testing

@testable import CaseDeskDomain

/// A large batch of new records applies, and a batch that fails part-way leaves the state as
/// it was, the records it had created removed.
@Suite struct DomainStateBatchTests {
  typealias F = RegisterFixture

  static func registration(_ number: Int) -> Event {
    Event(
      actor: .system, time: F.now,
      change: .enterprise(
        .registered(Enterprise(uscc: F.code(number), name: "企业\(number)", district: "铁东区"))))
  }

  @Test func aBatchOfRegistrationsApplies() throws {
    var state = F.state()
    let before = state.appliedEvents
    try state.apply((1...3000).map(Self.registration))
    #expect(state.enterprises.count == 3000)
    #expect(state.enterprises[EnterpriseID(F.code(2999))]?.name == "企业2999")
    #expect(state.appliedEvents == before + 3000)
  }

  @Test func aFailingBatchRemovesWhatItCreated() throws {
    var state = F.state()
    try state.apply(Self.registration(1))
    let id = EnterpriseID(F.code(1))
    try state.apply(Event(actor: .system, time: F.now, change: .enterprise(.tagAdded(id, "a"))))
    let original = state
    var batch = (2...500).map(Self.registration)
    batch.append(Event(actor: .system, time: F.now, change: .enterprise(.tagAdded(id, "b"))))
    batch.append(Self.registration(1))
    #expect(throws: Inconsistency.self) { try state.apply(batch) }
    #expect(state == original)
  }
}
