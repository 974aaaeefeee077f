import CaseDeskDomain
import TerminalUI

/// Reads the draft form's values into the draft command and the ticks of the documents given
/// a number, noting what cannot be read as problems of their fields.
struct ReferralDraftValues {
  typealias F = ReferralDraftForm

  /// The article 63 situations in the choice's order (the evasive means spelled out).
  static let situations: [DetentionGround] =
    [.buildingWithoutEIA, .dischargingWithoutPermit]
    + EvasiveMeans.allCases.map { .evasiveDischarge($0) } + [.bannedPesticides]

  let form: PaneForm
  let state: AppState
  /// The problems found so far (field id → text).
  var problems: [String: String] = [:]

  init(form: PaneForm, state: AppState) {
    self.form = form
    self.state = state
  }

  /// A heavy metal as the choice offers it: its symbol and multiple (`Pb ≥3×`).
  static func metalOption(_ metal: HeavyMetal) -> String {
    "\(metal.symbol) ≥\(Int(CrimeThreshold.multiple(for: metal)))×"
  }

  /// The kind chosen.
  var kind: ReferralKind {
    ReferralKind.allCases.first { state.strings.localized($0.title) == form.value(F.kindField) }
      ?? .crime
  }

  /// The case the form is for: the purpose's, else the one the case field names.
  func caseID() -> CaseID? {
    if case .draftReferral(let id?) = form.purpose { return id }
    return Self.findCase(form.value(F.caseField), in: state)?.id
  }

  /// The case a text names by its number (or record id), the first word of the option.
  static func findCase(_ text: String, in state: AppState) -> EnforcementCase? {
    guard let token = text.split(whereSeparator: \.isWhitespace).first.map(String.init) else {
      return nil
    }
    if let record = state.domain.cases[CaseID(token)] { return record }
    return state.domain.cases.values.first { $0.displayNumber == token }
  }

  /// The measured figures given (empty when the threshold is "other" or a figure is unread).
  func facts() -> [MeasuredFact] {
    if form.form[F.tonnesField] != nil, let tonnes = Self.number(text(F.tonnesField)) {
      return [.hazardousWaste(kilograms: Int((tonnes * 1000).rounded()))]
    }
    if form.form[F.measuredField] != nil, let measured = Self.number(text(F.measuredField)),
      let standard = Self.number(text(F.standardField))
    {
      let metals = HeavyMetal.allCases
      let metal = metals.first { Self.metalOption($0) == form.value(F.metalField) } ?? metals[0]
      return [.discharge(metal, measured: measured, standard: standard)]
    }
    return []
  }

  /// The draft, then a tick for each document given a number (the referral's id is the one
  /// the draft will receive).
  mutating func commands() -> [ReferralCommand] {
    guard let caseID = caseID() else {
      problems[F.caseField] = state.strings[.referralDraftNoCase]
      return []
    }
    let ground: ReferralGround
    switch kind {
    case .detention:
      let options = Self.situations.map { state.strings.localized($0.title) }
      let index = options.firstIndex(of: form.value(F.situationField)) ?? 0
      ground = .detention(Self.situations[index])
    case .crime:
      for id in [F.tonnesField, F.measuredField, F.standardField] where form.form[id] != nil {
        if Self.number(text(id)) == nil {
          problems[id] = state.strings[.referralStepNumberInvalid]
        }
      }
      ground = .crime(CrimeGround(description: text(F.groundField), facts: facts()))
    }
    guard problems.isEmpty else { return [] }
    let separators: Set<Character> = [",", "，", "、", ";", "；"]
    let persons = text(F.personsField).split { separators.contains($0) }
      .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    let id = ReferralID(state.domain.nextRecordID(prefix: "REF", at: state.now))
    var commands: [ReferralCommand] = [
      .draftReferral(ReferralDraft(caseID: caseID, ground: ground, responsiblePersons: persons))
    ]
    for field in form.form.fields where field.id.hasPrefix(ReferralStepValues.documentPrefix) {
      let number = text(field.id)
      guard !number.isEmpty,
        let document = ReferralDocument(
          rawValue: String(field.id.dropFirst(ReferralStepValues.documentPrefix.count)))
      else { continue }
      commands.append(.tickDocument(id, document, documentNumber: number))
    }
    return commands
  }

  /// A field's text without leading or trailing white space.
  func text(_ id: String) -> String { form.text(id) }

  /// A plain decimal number (digits with at most one point), or nil.
  static func number(_ text: String) -> Double? {
    guard !text.isEmpty, text.count <= 15,
      text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      text.filter({ $0 == "." }).count <= 1, text.first != ".", text.last != "."
    else { return nil }
    return Double(text)
  }
}
