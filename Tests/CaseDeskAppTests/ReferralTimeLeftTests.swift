import CaseDeskDomain
import Testing

@testable import CaseDeskApp

/// How long is left on a deadline counted to the hour: the referrals pane shows hours only
/// under 48 hours and whole days beyond (overdue likewise); the cases pane keeps hours.
@Suite struct ReferralTimeLeftTests {
  /// A 24-hour deadline of a referral with some hours left (negative when overdue).
  static func item(hoursLeft hours: Int, party: DeadlineRule.Party = .bureau) -> DeadlineItem {
    let start = Timestamp(secondsSinceEpoch: 1_750_000_000)
    let deadline = Deadline(
      record: .referral(ReferralID("R-1")), rule: .crimeReferralHandOver,
      title: LocalizedText(zh: "移送", en: "hand-over"), party: party, owners: [.officer],
      start: start, due: .instant(start))
    return DeadlineItem(
      deadline: deadline,
      status: DeadlineStatus(
        daysLeft: hours / 24, hoursLeft: hours, isOverdue: hours < 0, isDueSoon: hours >= 0))
  }

  @Test(arguments: [
    (21, "21h left"), (47, "47h left"), (48, "2d left"), (4156, "173d left"),
    (-5, "5h over"), (-47, "47h over"), (-48, "2d over"), (-100, "4d over"),
  ])
  func referralsShowHoursUnder48AndDaysBeyond(_ hours: Int, _ expected: String) {
    let strings = Strings(.en)
    #expect(ReferralColumn.plainTimeLeft(Self.item(hoursLeft: hours), strings: strings) == expected)
  }

  @Test func thePolicesFarOffClockReadsInDaysInChinese() {
    let strings = Strings(.zh)
    let item = Self.item(hoursLeft: 4156, party: .police)
    #expect(ReferralColumn.timeLeft(item, strings: strings) == "公安 173天")
    #expect(ReferralColumn.timeLeft(Self.item(hoursLeft: 30), strings: strings) == "30小时")
  }

  @Test func theCasesPaneKeepsHours() {
    let strings = Strings(.en)
    #expect(CaseColumn.timeLeft(Self.item(hoursLeft: 4156), strings: strings) == "4156h left")
    #expect(CaseColumn.timeLeft(Self.item(hoursLeft: -60), strings: strings) == "60h over")
  }
}
