import CaseDeskDomain

/// Turns the rows of an import into events or rejections, one row at a time.
struct ImportPlanner {
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
    if !ImportCells.isValidCode(uscc) {
      do {
        _ = try UnifiedSocialCreditCode(uscc)
      } catch {
        rejections.append(
          ImportRejection(line: row.line, field: header(.uscc), reason: error.message))
        return
      }
    }
    if let first = firstLine[uscc] {
      reject(
        row, .uscc, zh: "代码 \(uscc) 与第 \(first) 行重复", en: "\(uscc) repeats line \(first)")
      return
    }
    firstLine[uscc] = row.line

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
      guard let rowEvents = try execute(commands, row: row) else { return }
      if rowEvents.isEmpty {
        unchanged += 1
      } else {
        updated += 1
        events += rowEvents
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
    guard let rowEvents = try execute([.register(draft)], row: row) else { return }
    added += 1
    events += rowEvents
  }

  /// The events of a row's commands, or nil after recording the first refusal as rejections.
  mutating func execute(_ commands: [EnterpriseCommand], row: CSVRow) throws(ImportError)
    -> [Event]?
  {
    var result: [Event] = []
    for command in commands {
      do {
        result += try Domain.execute(.enterprise(command), by: actor, at: time, in: state)
      } catch {
        if error.kind == .notPermitted {
          throw ImportError(.notPermitted, error.message)
        }
        if error.problems.isEmpty {
          rejections.append(
            ImportRejection(line: row.line, field: header(.uscc), reason: error.message))
        }
        for problem in error.problems {
          rejections.append(
            ImportRejection(
              line: row.line, field: header(forField: problem.field), reason: problem.message))
        }
        return nil
      }
    }
    return result
  }
}
