import CaseDeskApp
import CaseDeskDomain
import Testing

@Suite struct OperatorPromptTests {
  let staff: [StaffID: StaffMember] = [
    "zhangwei": StaffMember(id: "zhangwei", name: "张伟", roles: [.officer], certificateNumber: "1"),
    "liuna": StaffMember(id: "liuna", name: "刘娜", roles: [.legalReviewer]),
    "gone": StaffMember(id: "gone", name: "离职", roles: [.clerk], isActive: false),
    "look": StaffMember(id: "look", name: "只看", roles: [.viewer]),
  ]

  @Test func listsActiveWorkingStaffByIdAndAcceptsNumbersOrIds() {
    let text = OperatorPrompt.text(staff: staff, strings: Strings(.en))
    #expect(text.contains("1. 刘娜 (liuna) — legal reviewer"))
    #expect(text.contains("2. 张伟 (zhangwei) — officer"))
    #expect(!text.contains("离职") && !text.contains("只看"))
    #expect(OperatorPrompt.answer(" 2 ", staff: staff) == "zhangwei")
    #expect(OperatorPrompt.answer("liuna", staff: staff) == "liuna")
    #expect(OperatorPrompt.answer("3", staff: staff) == nil)
    #expect(OperatorPrompt.answer("gone", staff: staff) == nil)
    #expect(OperatorPrompt.answer("", staff: staff) == nil)
  }
}
