import CaseDeskDomain

/// The start-up question "who is working?" when no operator was given: the active staff,
/// numbered, answered with a number or a staff id.
public enum OperatorPrompt {
  /// The most members listed; others are chosen by typing their id.
  public static let listLimit = 60

  /// The prompt's text: a title, one numbered line per active member, the question.
  public static func text(staff: [StaffID: StaffMember], strings: Strings) -> String {
    let members = candidates(staff)
    var lines = [strings[.operatorPromptTitle]]
    for (index, member) in members.prefix(listLimit).enumerated() {
      let roles = member.roles.map { strings.language == .zh ? $0.title.zh : $0.title.en }
      lines.append(
        "  \(index + 1). \(member.name) (\(member.id.raw)) — \(roles.joined(separator: ", "))")
    }
    if members.count > listLimit {
      lines.append("  … \(strings.format(.operatorPromptMore, "\(members.count - listLimit)"))")
    }
    lines.append(strings[.operatorPromptQuestion])
    return lines.joined(separator: "\n")
  }

  /// The staff id an answer names: a listed number or an active member's id; nil otherwise.
  public static func answer(_ reply: String, staff: [StaffID: StaffMember]) -> StaffID? {
    let trimmed = reply.filter { !$0.isWhitespace }
    let members = candidates(staff)
    if let number = Int(trimmed), number >= 1, number <= min(members.count, listLimit) {
      return members[number - 1].id
    }
    let id = StaffID(trimmed)
    return staff[id]?.isActive == true ? id : nil
  }

  private static func candidates(_ staff: [StaffID: StaffMember]) -> [StaffMember] {
    staff.values.filter { $0.isActive && !$0.roles.allSatisfy { $0 == .viewer } }
      .sorted { $0.id < $1.id }
  }
}
