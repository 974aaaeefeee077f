import CaseDeskDomain
import TerminalUI

/// Reads a referral form's values into the domain commands, noting what cannot be read (a
/// time, a day or a number that does not parse) as problems of their fields.
struct ReferralStepValues {
  /// The police decision's choice field.
  static let decisionField = "policeDecision.choice"
  /// The reconsideration answer's choice field.
  static let answerField = "reconsideration.answer"
  /// The id prefix of a document's number field.
  static let documentPrefix = "doc."
  /// The read-only line of the missing documents.
  static let missingField = "documents.missing"

  let form: PaneForm
  let state: AppState
  /// The problems found so far (field id → text).
  var problems: [String: String] = [:]

  init(form: PaneForm, state: AppState) {
    self.form = form
    self.state = state
  }

  /// The police decisions a referral of a kind may receive, in the choice's order.
  static func decisions(for kind: ReferralKind) -> [PoliceDecision] {
    switch kind {
    case .crime: return [.filed, .notFiled(reasons: "")]
    case .detention: return [.detentionDecided(days: 0, lessSerious: false), .refused(reasons: "")]
    }
  }

  /// A decision's name in the choice (without its days).
  static func title(of decision: PoliceDecision, strings: Strings) -> String {
    if case .detentionDecided = decision { return strings[.referralStepDecisionDetention] }
    return strings.localized(decision.title)
  }

  /// The commands of a step (several for the documents), or none when a value could not be
  /// read or nothing changed.
  mutating func commands(_ step: ReferralStep, for referral: Referral) -> [ReferralCommand] {
    let id = referral.id
    switch step {
    case .documents: return documentCommands(referral)
    case .approve: return [.approveReferral(id)]
    case .handOver:
      guard let at = time("handOver.at") else { return [] }
      return [
        .handOver(
          id, policeUnit: text("handOver.policeUnit"), at: at,
          procuratorateCopy: text("handOver.procuratorateCopy"))
      ]
    case .recordReceipt:
      guard let at = time("receipt.at") else { return [] }
      return [.recordReceipt(id, at: at, receiptNumber: text("receipt.number"))]
    case .requestMaterial:
      guard let at = time("materialRequest.at") else { return [] }
      return [.recordMaterialRequest(id, at: at, items: text("materialRequest.items"))]
    case .supplyMaterial: return [.supplyMaterial(id, note: text("materialSupply.note"))]
    case .policeDecision:
      guard let decision = policeDecision(referral.kind, prefix: "policeDecision"),
        let day = day("policeDecision.decidedOn")
      else { return [] }
      return [.recordPoliceDecision(id, decision, decidedOn: day)]
    case .refusalReasons:
      return [.recordRefusalReasons(id, reasons: text("policeDecision.reasons"))]
    case .requestReconsideration:
      return [.requestReconsideration(id, grounds: text("reconsideration.grounds"))]
    case .recordAnswer:
      guard choiceIndex(Self.answerField) == 1 else {
        return [.recordReconsiderationAnswer(id, .upheld(reasons: text("reconsideration.reasons")))]
      }
      let decision: PoliceDecision
      if referral.kind == .crime {
        decision = .filed
      } else {
        guard let days = days("reconsideration.days") else { return [] }
        decision = .detentionDecided(
          days: days, lessSerious: form.isOn("reconsideration.lessSerious"))
      }
      return [.recordReconsiderationAnswer(id, .reversed(decision))]
    case .requestSupervision: return [.requestSupervision(id, note: text("supervision.note"))]
    case .close: return [.closeReferral(id, note: text("closing.note"))]
    case .cancel: return [.cancelReferral(id, reason: text("cancellation.reason"))]
    }
  }

  /// The ticks and unticks that make the package match the number fields.
  mutating func documentCommands(_ referral: Referral) -> [ReferralCommand] {
    var commands: [ReferralCommand] = []
    var first: String?
    for field in form.form.fields where field.id.hasPrefix(Self.documentPrefix) {
      first = first ?? field.id
      guard let document = ReferralDocument(rawValue: String(field.id.dropFirst(4))) else {
        continue
      }
      let number = text(field.id)
      let known = referral.documents[document]
      if !number.isEmpty, number != known {
        commands.append(.tickDocument(referral.id, document, documentNumber: number))
      } else if number.isEmpty, known != nil {
        commands.append(.untickDocument(referral.id, document))
      }
    }
    if commands.isEmpty, let first {
      problems[first] = state.strings[.referralStepNothingChanged]
    }
    return commands
  }

  /// The police decision the choice and its fields name (reasons, days, less serious).
  mutating func policeDecision(_ kind: ReferralKind, prefix: String) -> PoliceDecision? {
    let index = max(0, choiceIndex(Self.decisionField))
    let reasons = text(prefix + ".reasons")
    switch (kind, index) {
    case (.crime, 0): return .filed
    case (.crime, _): return .notFiled(reasons: reasons)
    case (.detention, 0):
      guard let days = days(prefix + ".days") else { return nil }
      return .detentionDecided(days: days, lessSerious: form.isOn(prefix + ".lessSerious"))
    case (.detention, _): return .refused(reasons: reasons)
    }
  }

  // MARK: - Reading fields

  /// A field's text without leading or trailing white space.
  func text(_ id: String) -> String { form.text(id) }

  /// The position of a choice field's value among its options, or -1.
  func choiceIndex(_ id: String) -> Int { form.choiceIndex(id) ?? -1 }

  /// A required day; notes the problem when it is missing or does not parse.
  mutating func day(_ id: String) -> Day? {
    let value = text(id)
    if let day = Day(value) { return day }
    problems[id] = state.strings[value.isEmpty ? .caseStepDayMissing : .caseStepDayInvalid]
    return nil
  }

  /// A whole number of days; notes the problem when it does not parse.
  mutating func days(_ id: String) -> Int? {
    let value = text(id)
    if value.count <= 3, let days = Int(value) { return days }
    problems[id] = state.strings[.referralStepNumberInvalid]
    return nil
  }

  /// A local moment written `YYYY-MM-DD HH:MM`; notes the problem when it does not parse.
  mutating func time(_ id: String) -> Timestamp? {
    if let time = Self.timestamp(text(id), utcOffset: state.domain.settings.utcOffset) {
      return time
    }
    problems[id] = state.strings[.referralStepTimeInvalid]
    return nil
  }

  /// The moment a `YYYY-MM-DD HH:MM` text names in local time, or nil.
  static func timestamp(_ text: String, utcOffset: Int) -> Timestamp? {
    let parts = text.split(whereSeparator: \.isWhitespace)
    guard parts.count == 2, let day = Day(String(parts[0])) else { return nil }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 2, clock.allSatisfy({ $0.count == 2 }), let hour = Int(clock[0]),
      let minute = Int(clock[1]), (0..<24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    return Timestamp(day: day, hour: hour, minute: minute, utcOffset: utcOffset)
  }
}
