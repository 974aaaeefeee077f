import CaseDeskDomain
import TerminalUI

/// The add or edit form of an enterprise: its fields, what was touched, and what is wrong.
///
/// Problems come from the domain itself (the command is executed on the current state
/// without saving), so the form and the domain never disagree; the form adds only what the
/// domain reports later or not at all (a code already registered, while other fields are
/// still wrong). A field's problem shows once it was edited, or every one after a save attempt.
public struct EnterpriseForm: Equatable, Sendable {
  /// Whether the form registers a new enterprise or edits one.
  public enum Mode: Equatable, Sendable {
    case add
    case edit(Enterprise)
  }

  /// The fields in form order; raw values are the domain's field names.
  public enum FieldID: String, CaseIterable, Sendable {
    case uscc
    case name
    case shortName
    case district
    case industry
    case ownership
    case tier
    case keyDischargeUnit = "isKeyDischargeUnit"
    case address
    case legalRepresentative
    case contactPerson
    case contactPhone
    case notes

    /// The strings-table key of the field's label.
    var labelKey: StringKey {
      switch self {
      case .uscc: return .formFieldUSCC
      case .name: return .formFieldName
      case .shortName: return .formFieldShortName
      case .district: return .formFieldDistrict
      case .industry: return .formFieldIndustry
      case .ownership: return .formFieldOwnership
      case .tier: return .formFieldTier
      case .keyDischargeUnit: return .formFieldKeyDischarge
      case .address: return .formFieldAddress
      case .legalRepresentative: return .formFieldLegalRepresentative
      case .contactPerson: return .formFieldContactPerson
      case .contactPhone: return .formFieldContactPhone
      case .notes: return .formFieldNotes
      }
    }
  }

  public var mode: Mode
  public var form: FormState
  /// Each field's value as the form opened, to tell edits apart.
  public var initialValues: [String: String]
  /// Fields edited since the form opened.
  public var touched: Set<String>
  /// Whether every problem shows (set by a save attempt).
  public var showsAllProblems: Bool
  /// The problem of each field with one, from the last check.
  public var problems: [String: String]
  /// A problem that belongs to no field (a permission, a refusal from the store).
  public var generalProblem: String?
  /// The discard question, while it is asked.
  public var discardQuestion: Dialog?
  /// The record a save in progress is for; nil when no save is waiting.
  public var savingID: EnterpriseID?

  /// The empty form that registers an enterprise.
  public static func add(in state: AppState) -> EnterpriseForm {
    EnterpriseForm(mode: .add, state: state)
  }

  /// The form that edits `enterprise`, filled with its values (the code cannot change).
  public static func edit(_ enterprise: Enterprise, in state: AppState) -> EnterpriseForm {
    EnterpriseForm(mode: .edit(enterprise), state: state)
  }

  private init(mode: Mode, state: AppState) {
    let strings = state.strings
    self.mode = mode
    var record: Enterprise?
    if case .edit(let enterprise) = mode { record = enterprise }
    let required = Self.requiredFields(in: state)
    let known = Self.knownValues(in: state.domain)
    var fields: [FormField] = []
    for id in FieldID.allCases {
      var field = FormField(
        id: id.rawValue, label: strings[id.labelKey],
        kind: Self.kind(of: id, from: record, known: known, strings: strings),
        isRequired: required.contains(id.rawValue))
      if id == .uscc, record != nil {
        field.isEditable = false
        field.isRequired = false
        field.hint = strings[.formUSCCFixed]
      }
      fields.append(field)
    }
    let title =
      record.map { strings.format(.formEditTitle, $0.shortName.isEmpty ? $0.name : $0.shortName) }
      ?? strings[.formAddTitle]
    self.form = FormState(
      title: title, fields: fields, yesText: strings[.yes], noText: strings[.no])
    self.initialValues = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value) })
    self.touched = []
    self.showsAllProblems = false
    self.problems = [:]
    self.generalProblem = nil
    self.discardQuestion = nil
    self.savingID = nil
    check(in: state)
  }

  /// The fields the domain refuses to leave empty (asked of the domain with an empty draft).
  static func requiredFields(in state: AppState) -> Set<String> {
    let empty = EnterpriseDraft(uscc: "", name: "", district: "")
    do {
      _ = try Domain.execute(
        .enterprise(.register(empty)), by: .system, at: state.now, in: state.domain)
      return []
    } catch {
      return Set(error.problems.map(\.field))
    }
  }

  /// The districts, industries and ownerships already in the register, sorted (one pass).
  static func knownValues(in domain: DomainState) -> [FieldID: [String]] {
    var districts: Set<String> = []
    var industries: Set<String> = []
    var ownerships: Set<String> = []
    for enterprise in domain.enterprises.values {
      districts.insert(enterprise.district)
      industries.insert(enterprise.industry)
      ownerships.insert(enterprise.ownership)
    }
    let sorted = { (values: Set<String>) in values.filter { !$0.isEmpty }.sorted() }
    return [
      .district: sorted(districts), .industry: sorted(industries), .ownership: sorted(ownerships),
    ]
  }

  /// The editing state a field starts with.
  private static func kind(
    of id: FieldID, from record: Enterprise?, known: [FieldID: [String]], strings: Strings
  ) -> FormField.Kind {
    func text(_ value: String?) -> FormField.Kind { .text(TextFieldState(text: value ?? "")) }
    func choice(_ path: KeyPath<Enterprise, String>) -> FormField.Kind {
      .choice(
        PickListState(
          options: known[id] ?? [], value: record?[keyPath: path] ?? "", allowsFreeEntry: true,
          placeholder: strings[.formFilterPlaceholder]))
    }
    switch id {
    case .uscc: return text(record?.uscc)
    case .name: return text(record?.name)
    case .shortName: return text(record?.shortName)
    case .district: return choice(\.district)
    case .industry: return choice(\.industry)
    case .ownership: return choice(\.ownership)
    case .tier:
      let tier = record?.tier ?? .general
      return .choice(
        PickListState(
          options: [strings[.tierKey], strings[.tierGeneral]],
          value: strings[tier == .key ? .tierKey : .tierGeneral],
          placeholder: strings[.formFilterPlaceholder]))
    case .keyDischargeUnit: return .toggle(record?.isKeyDischargeUnit ?? false)
    case .address: return text(record?.address)
    case .legalRepresentative: return text(record?.legalRepresentative)
    case .contactPerson: return text(record?.contactPerson)
    case .contactPhone: return text(record?.contactPhone)
    case .notes: return text(record?.notes)
    }
  }

  // MARK: - Values

  /// The value of a field as text.
  public func value(_ id: FieldID) -> String { form[id.rawValue]?.value ?? "" }

  /// The tier chosen.
  var tier: Enterprise.Tier {
    if case .choice(let list)? = form[FieldID.tier.rawValue]?.kind,
      list.options.first == list.value
    {
      return .key
    }
    return .general
  }

  /// Whether the key discharge unit toggle is on.
  var isKeyDischargeUnit: Bool { form[FieldID.keyDischargeUnit.rawValue]?.isOn ?? false }

  /// The enterprise being edited, or nil when adding.
  public var editedRecord: Enterprise? {
    if case .edit(let enterprise) = mode { return enterprise }
    return nil
  }

  /// The registration the form describes.
  public var draft: EnterpriseDraft {
    EnterpriseDraft(
      uscc: value(.uscc), name: value(.name), shortName: value(.shortName),
      district: value(.district), industry: value(.industry), ownership: value(.ownership),
      tier: tier, isKeyDischargeUnit: isKeyDischargeUnit, address: value(.address),
      legalRepresentative: value(.legalRepresentative), contactPerson: value(.contactPerson),
      contactPhone: value(.contactPhone), notes: value(.notes))
  }

  /// The domain field a form field sets, with the form's value.
  func domainField(_ id: FieldID) -> Enterprise.Field? {
    switch id {
    case .uscc: return nil
    case .name: return .name(value(.name))
    case .shortName: return .shortName(value(.shortName))
    case .district: return .district(value(.district))
    case .industry: return .industry(value(.industry))
    case .ownership: return .ownership(value(.ownership))
    case .tier: return .tier(tier)
    case .keyDischargeUnit: return .keyDischargeUnit(isKeyDischargeUnit)
    case .address: return .address(value(.address))
    case .legalRepresentative: return .legalRepresentative(value(.legalRepresentative))
    case .contactPerson: return .contactPerson(value(.contactPerson))
    case .contactPhone: return .contactPhone(value(.contactPhone))
    case .notes: return .notes(value(.notes))
    }
  }

  /// The fields whose value differs from when the form opened (spaces at the ends ignored).
  public var changedFields: [Enterprise.Field] {
    FieldID.allCases.compactMap { id -> Enterprise.Field? in
      guard let field = domainField(id) else { return nil }
      let before = initialValues[id.rawValue] ?? ""
      return Self.trimmed(value(id)) == Self.trimmed(before) ? nil : field
    }
  }

  /// Whether anything was edited since the form opened.
  public var hasUnsavedEdits: Bool {
    form.fields.contains { (initialValues[$0.id] ?? "") != $0.value }
  }

  /// The command a save sends: a registration, or an edit of the changed fields.
  public var command: Command {
    switch mode {
    case .add: return .enterprise(.register(draft))
    case .edit(let enterprise): return .enterprise(.edit(enterprise.id, changedFields))
    }
  }

  // MARK: - Checking

  /// Checks the form against the domain and shows each field's problem.
  public mutating func check(in state: AppState) {
    let strings = state.strings
    var found: [String: String] = [:]
    var general: String?
    if case .add = mode {
      let code = UnifiedSocialCreditCode.normalized(value(.uscc))
      if let existing = state.domain.enterprises[EnterpriseID(code)] {
        found[FieldID.uscc.rawValue] = strings.format(.formUSCCTaken, existing.name)
      }
    }
    do {
      _ = try Domain.execute(command, by: state.actor, at: state.now, in: state.domain)
    } catch {
      if error.kind == .invalidInput {
        for problem in error.problems {
          let id = problem.field == "usccOverrideReason" ? FieldID.uscc.rawValue : problem.field
          if found[id] == nil { found[id] = strings.localized(problem.message) }
        }
      } else if error.kind == .ruleViolated, case .add = mode {
        if found[FieldID.uscc.rawValue] == nil {
          found[FieldID.uscc.rawValue] = strings.localized(error.message)
        }
      } else {
        general = strings.localized(error.message)
      }
    }
    problems = found
    generalProblem = general
    refresh(strings: strings)
  }

  /// Upper-cases the typed code in place, as the register keeps it (the cursor stays put).
  mutating func upperCaseCode() {
    guard let index = form.index(of: FieldID.uscc.rawValue),
      case .text(var field) = form.fields[index].kind
    else { return }
    let upper = field.text.uppercased()
    guard upper != field.text, upper.count == field.text.count else { return }
    field.text = upper
    form.fields[index].kind = .text(field)
  }

  /// The ids of fields with a problem, in form order.
  public var problemFields: [String] {
    form.fields.map(\.id).filter { problems[$0] != nil }
  }

  /// Puts the problems (the shown ones) and the summary into the form.
  mutating func refresh(strings: Strings) {
    form.showProblems(
      problems, general: generalProblem, touched: touched, showsAll: showsAllProblems,
      clear: nil, strings: strings)
  }

  private static func trimmed(_ text: String) -> String { text.trimmingSpaces }
}
