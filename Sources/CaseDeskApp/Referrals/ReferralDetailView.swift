import CaseDeskDomain
import TerminalUI

/// The selected referral's detail: kind and stage, its deadlines on either side, its ground,
/// the persons, the documents and the police's answers.
enum ReferralDetailView {
  /// Draws the detail of one referral in a box (lines that do not fit are cut).
  static func render(_ row: ReferralRow, state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let inner = Box.draw(
      in: &buffer, area, title: strings[.detailTitle] + " · " + row.caseNumber)
    let width = max(1, inner.width - 2)
    var y = inner.y
    for (text, role) in lines(row, state: state) {
      for part in TextWrap.lines(text, width: width) {
        guard y < inner.maxY else { return }
        buffer.write(part, x: inner.x + 1, y: y, role: role, maxWidth: width)
        y += 1
      }
    }
  }

  /// The detail's lines, most important first, each with the role it is drawn in.
  static func lines(_ row: ReferralRow, state: AppState) -> [(String, StyleRole)] {
    let strings = state.strings
    let record = row.record
    var lines: [(String, StyleRole)] = [
      (
        strings.localized(record.kind.title) + " · " + strings.localized(record.stage.title),
        .title
      ),
      (strings.format(.referralDetailEnterprise, row.enterpriseName), .normal),
      (strings.format(.referralDetailCase, row.caseNumber), .normal),
    ]
    if !record.responsiblePersons.isEmpty {
      lines.append(
        (
          strings.format(
            .referralDetailPersons, record.responsiblePersons.joined(separator: "、")), .normal
        ))
    }
    if let clock = row.clock {
      let left = ReferralColumn.text(row, column: ReferralColumn.timeLeft, strings: strings)
      lines.append(
        (
          strings.localized(clock.deadline.title) + " · " + left,
          ReferralColumn.role(row, column: ReferralColumn.timeLeft) ?? .normal
        ))
    }
    if let handOver = record.handOver {
      lines.append((strings.format(.referralDetailPolice, handOver.policeUnit), .normal))
    }
    if let decision = record.policeDecision {
      lines.append(
        (
          strings.format(.referralDetailDecision, strings.localized(decision.decision.title)),
          .normal
        ))
    }
    return lines
  }
}
