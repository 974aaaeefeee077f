import CaseDeskDomain
import TerminalUI

extension CaseStepValues {
  /// The instalment plan's field: one line of "day amount" pairs.
  static let instalmentsField = "instalments"
  /// The enforcement kind's field (a demand or a court application).
  static let enforcementKindField = "enforcement.kind"
  /// The preservation outcomes the decision on preserved evidence offers, in its list's order.
  static let preservationOutcomes = PreservationOutcome.allCases

  /// The command of a step beyond the stage's usual path, or nil when a value could not be read.
  mutating func moreCommand(_ step: CaseStep, for id: CaseID) -> CaseCommand? {
    switch step {
    case .withdrawFiling:
      return .withdrawFiling(id, reason: text("withdrawal.reason"))
    case .setFlags:
      return .setFlags(
        id,
        CaseFlags(
          majorPublicInterest: on("flags.majorPublicInterest"), complex: on("flags.complex"),
          note: text("flags.note")))
    case .preserveEvidence:
      return .preserveEvidence(id, items: text("preservation.items"))
    case .decidePreservedEvidence:
      let chosen = Int(firstToken(text("preservation.index"))).map { $0 - 1 } ?? -1
      let outcomes = Self.preservationOutcomes
      let index = choiceIndex("preservation.outcome")
      let outcome = outcomes.indices.contains(index) ? outcomes[index] : .released
      return .decidePreservedEvidence(
        id, index: chosen, outcome: outcome, note: text("preservation.note"))
    case .approveInstalments:
      guard let plan = instalments() else { return nil }
      return .approveInstalments(id, plan)
    case .recordEnforcement:
      guard let day = day("enforcement.on") else { return nil }
      if choiceIndex(Self.enforcementKindField) == 1 {
        return .recordEnforcement(id, .courtApplication(court: text("enforcement.court"), on: day))
      }
      return .recordEnforcement(
        id, .demand(documentNumber: text("enforcement.documentNumber"), on: day))
    case .recordRecheck:
      guard let checked = day("recheck.checkedOn") else { return nil }
      return .recordRecheck(
        id, checkedOn: checked, correctionHeld: on("recheck.correctionHeld"),
        note: text("recheck.note"))
    case .applyNoCoercion:
      return .applyNoCoercion(
        id, listItem: firstToken(text("noCoercion.listItem")), reason: text("noCoercion.reason"))
    default:
      return nil
    }
  }

  /// The instalment plan: "day amount" pairs, separated by semicolons; notes on the field the
  /// first pair that does not read as a day and an amount in yuan.
  mutating func instalments() -> [Instalment]? {
    let separators: Set<Character> = [";", "；", "\n"]
    let entries = text(Self.instalmentsField).split { separators.contains($0) }
      .map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
      .filter { !$0.isEmpty }
    var plan: [Instalment] = []
    for (index, parts) in entries.enumerated() {
      let amount = parts.count == 2 ? Self.fen(fromYuan: parts[1].filter { $0 != "," }) : nil
      guard let first = parts.first, let day = Day(first), let amount else {
        problems[Self.instalmentsField] = state.strings.format(
          .caseStepInstalmentInvalid, String(index + 1))
        return nil
      }
      plan.append(Instalment(dueOn: day, amountFen: amount))
    }
    return plan
  }
}
