import CaseDeskDomain

/// Turns the rows of an import into events or rejections, one row at a time.
///
/// New enterprises' registrations, the bulk of a large import, are held back by `plan` and
/// executed by `finish` on all processors: each depends only on its own row and the state,
/// which planning does not change (repeated codes within the file are caught by `plan`).
struct ImportPlanner {
  /// What a row that is not rejected outright leads to, in file order.
  enum Outcome {
    /// The events of an update (empty rows are not kept).
    case events([Event])
    /// A registration still to execute (the next of `registrations`), and its row's line.
    case registration(line: Int)
  }

  let state: DomainState
  let actor: Actor
  let time: Timestamp
  let options: ImportOptions
  let mapping: [(index: Int, column: ExchangeColumn)]
  let headers: [String]
  var added = 0
  var updated = 0
  var unchanged = 0
  var rejections: [ImportRejection] = []
  var events: [Event] = []
  private var firstLine: [String: Int] = [:]
  private var outcomes: [Outcome] = []
  private var registrations: [EnterpriseDraft] = []

  /// Makes room for the rows of a file of `rows` rows, so that no table regrows on the way.
  mutating func reserveCapacity(_ rows: Int) {
    outcomes.reserveCapacity(rows)
    firstLine.reserveCapacity(rows)
  }

  init(
    state: DomainState, actor: Actor, time: Timestamp, options: ImportOptions,
    mapping: [(index: Int, column: ExchangeColumn)], headers: [String]
  ) {
    self.state = state
    self.actor = actor
    self.time = time
    self.options = options
    self.mapping = mapping
    self.headers = headers
  }

  /// The header the file uses for a column.
  func header(_ column: ExchangeColumn) -> String {
    mapping.first { $0.column == column }.map { headers[$0.index] } ?? column.rawValue
  }

  /// The header for a field the domain names (`name`, `isKeyDischargeUnit`, `tags[2]`).
  func header(forField field: String) -> String {
    let base = String(field.prefix { $0 != "[" })
    let column =
      base == "isKeyDischargeUnit"
      ? ExchangeColumn.keyDischargeUnit : ExchangeColumn(rawValue: base)
    return column.map(header) ?? field
  }

  mutating func reject(_ row: CSVRow, _ column: ExchangeColumn, zh: String, en: String) {
    rejections.append(
      ImportRejection(line: row.line, field: header(column), reason: LocalizedText(zh: zh, en: en)))
  }

  /// Plans one row; throws only when the operator may not import at all.
  mutating func plan(_ row: CSVRow) throws(ImportError) {
    let cells = ImportCells(row: row, mapping: mapping)
    let uscc = UnifiedSocialCreditCode.normalized(cells[.uscc] ?? "")
    guard !uscc.isEmpty else {
      reject(row, .uscc, zh: "缺少统一社会信用代码", en: "The USCC is missing")
      return
    }
    do {
      _ = try UnifiedSocialCreditCode(uscc)
    } catch {
      rejections.append(
        ImportRejection(line: row.line, field: header(.uscc), reason: error.message))
      return
    }
    // One hash for the common case (a new code); a repeat puts its first line back.
    if let first = firstLine.updateValue(row.line, forKey: uscc) {
      firstLine[uscc] = first
      reject(
        row, .uscc, zh: "代码 \(uscc) 与第 \(first) 行重复", en: "\(uscc) repeats line \(first)")
      return
    }

    var tier: Enterprise.Tier?
    if let text = cells[.tier], !ExchangeColumn.trimmed(text).isEmpty {
      guard let parsed = ExchangeColumn.tier(text) else {
        reject(
          row, .tier, zh: "“\(text)”不是监管类别（重点/一般）",
          en: "\"\(text)\" is not a tier (key/general, 重点/一般)")
        return
      }
      tier = parsed
    }
    var flag: Bool?
    if let text = cells[.keyDischargeUnit], !ExchangeColumn.trimmed(text).isEmpty {
      guard let parsed = ExchangeColumn.flag(text) else {
        reject(
          row, .keyDischargeUnit, zh: "“\(text)”不是“是/否”",
          en: "\"\(text)\" is not yes/no (是/否, Y/N, 1/0)")
        return
      }
      flag = parsed
    }
    let tags = cells[.tags].map(ExchangeColumn.tags)

    let id = EnterpriseID(uscc)
    if let existing = state.enterprises[id] {
      guard options.update else {
        reject(
          row, .uscc, zh: "\(uscc) 已登记为“\(existing.name)”（更新请用 --update）",
          en: "\(uscc) is already registered as \(existing.name) (use --update to update it)")
        return
      }
      var fields: [Enterprise.Field] = []
      for (_, column) in mapping {
        guard let text = cells[column] else { continue }
        switch column {
        case .name: fields.append(.name(text))
        case .shortName: fields.append(.shortName(text))
        case .district: fields.append(.district(text))
        case .industry: fields.append(.industry(text))
        case .ownership: fields.append(.ownership(text))
        case .address: fields.append(.address(text))
        case .legalRepresentative: fields.append(.legalRepresentative(text))
        case .contactPerson: fields.append(.contactPerson(text))
        case .contactPhone: fields.append(.contactPhone(text))
        case .notes: fields.append(.notes(text))
        case .tier: if let tier { fields.append(.tier(tier)) }
        case .keyDischargeUnit: if let flag { fields.append(.keyDischargeUnit(flag)) }
        case .uscc, .tags, .positiveList, .commissioner, .openCases: break
        }
      }
      var commands: [EnterpriseCommand] = [.edit(id, fields)]
      if let tags {
        let wanted = Set(tags)
        for tag in Set(tags).sorted() where !existing.tags.contains(tag) {
          commands.append(.addTag(id, tag))
        }
        for tag in existing.tags where !wanted.contains(tag) {
          commands.append(.removeTag(id, tag))
        }
      }
      guard let rowEvents = try execute(commands, line: row.line) else { return }
      if rowEvents.isEmpty {
        unchanged += 1
      } else {
        updated += 1
        outcomes.append(.events(rowEvents))
      }
      return
    }

    let draft = EnterpriseDraft(
      uscc: uscc, name: cells[.name] ?? "", shortName: cells[.shortName] ?? "",
      district: cells[.district] ?? "", industry: cells[.industry] ?? "",
      ownership: cells[.ownership] ?? "", tier: tier ?? .general,
      isKeyDischargeUnit: flag ?? false, address: cells[.address] ?? "",
      legalRepresentative: cells[.legalRepresentative] ?? "",
      contactPerson: cells[.contactPerson] ?? "", contactPhone: cells[.contactPhone] ?? "",
      tags: tags ?? [], notes: cells[.notes] ?? "")
    registrations.append(draft)
    outcomes.append(.registration(line: row.line))
  }

  /// Executes the registrations `plan` held back and puts every row's events, and every
  /// rejection, in file order; throws when the operator may not import at all.
  mutating func finish() throws(ImportError) {
    let (state, actor, time) = (state, actor, time)
    let results = ParallelMap.map(registrations, minimumPerWorker: 4096) {
      draft -> Result<[Event], Refusal> in
      do throws(Refusal) {
        return .success(
          try Domain.execute(.enterprise(.register(draft)), by: actor, at: time, in: state))
      } catch {
        return .failure(error)
      }
    }
    registrations = []
    var next = 0
    let rejectedInPlan = rejections.count
    for outcome in outcomes {
      switch outcome {
      case .events(let rowEvents):
        events += rowEvents
      case .registration(let line):
        switch results[next] {
        case .success(let rowEvents):
          added += 1
          events += rowEvents
        case .failure(let refusal):
          try record(refusal, line: line)
        }
        next += 1
      }
    }
    outcomes = []
    if rejections.count > rejectedInPlan {
      // Rejections of registrations came last: back into line order, each row's own kept.
      rejections = rejections.enumerated()
        .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
  }

  /// The events of a row's commands, or nil after recording the first refusal as rejections.
  mutating func execute(_ commands: [EnterpriseCommand], line: Int) throws(ImportError)
    -> [Event]?
  {
    var result: [Event] = []
    for command in commands {
      do {
        result += try Domain.execute(.enterprise(command), by: actor, at: time, in: state)
      } catch {
        try record(error, line: line)
        return nil
      }
    }
    return result
  }

  /// Records a refusal as the rejections of a row; throws when the operator may not import.
  mutating func record(_ refusal: Refusal, line: Int) throws(ImportError) {
    if refusal.kind == .notPermitted {
      throw ImportError(.notPermitted, refusal.message)
    }
    if refusal.problems.isEmpty {
      rejections.append(ImportRejection(line: line, field: header(.uscc), reason: refusal.message))
    }
    for problem in refusal.problems {
      rejections.append(
        ImportRejection(line: line, field: header(forField: problem.field), reason: problem.message)
      )
    }
  }
}
