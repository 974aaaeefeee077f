import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import Testing

/// `casedesk lookup`'s search and the status card text it prints.
@Suite struct EnterpriseLookupTests {
  let domain = AppHarness.demoWorkspace.state

  @Test func aFullUSCCFindsExactlyThatEnterpriseInAnyCase() throws {
    let target = try #require(domain.enterprises.values.first)
    let found = EnterpriseLookup.find(" " + target.uscc.lowercased() + " ", in: domain)
    #expect(found.map(\.id) == [target.id])
  }

  @Test func aNameFindsItAndNothingFindsNothing() throws {
    let target = try #require(
      domain.enterprises.values.sorted { $0.uscc < $1.uscc }.dropFirst(5).first)
    #expect(EnterpriseLookup.find(target.name, in: domain).first?.id == target.id)
    #expect(EnterpriseLookup.find("没有这样的企业xyz", in: domain).isEmpty)
  }

  @Test func theCardTextNamesTheEnterpriseAndItsCode() throws {
    let target = try #require(domain.enterprises.values.first)
    let day = try #require(Day(year: 2025, month: 12, day: 20))
    let now = Timestamp(day: day, hour: 12, utcOffset: domain.settings.utcOffset)
    let card = try #require(domain.statusCard(of: target.id, at: now))
    let text = StatusCardText.render(card, in: domain, strings: Strings(.zh))
    #expect(text.hasPrefix(target.name))
    #expect(text.contains(target.uscc))
  }
}
