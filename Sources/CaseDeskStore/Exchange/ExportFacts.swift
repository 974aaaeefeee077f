import CaseDeskDomain

/// The read-only facts an export adds (commissioner names, open cases), gathered once.
struct ExportFacts {
  let state: DomainState
  /// Open cases per enterprise; empty unless the `openCases` column is wanted.
  let openCases: [EnterpriseID: Int]

  init(state: DomainState, columns: [ExchangeColumn]) {
    self.state = state
    var counts: [EnterpriseID: Int] = [:]
    if columns.contains(.openCases) {
      for record in state.cases.values
      where ![.closed, .archived, .withdrawn].contains(record.stage) {
        counts[record.enterprise, default: 0] += 1
      }
    }
    openCases = counts
  }

  /// The commissioner's name (their id when not on the staff list), empty when none.
  func commissionerName(_ enterprise: Enterprise) -> String {
    guard let id = enterprise.commissioner else { return "" }
    return state.staff[id]?.name ?? id.raw
  }

  /// A column's cell text.
  func text(_ column: ExchangeColumn, of enterprise: Enterprise, chinese: Bool) -> String {
    switch column {
    case .uscc: return enterprise.uscc
    case .name: return enterprise.name
    case .shortName: return enterprise.shortName
    case .district: return enterprise.district
    case .industry: return enterprise.industry
    case .ownership: return enterprise.ownership
    case .tier: return ExchangeColumn.text(enterprise.tier, chinese: chinese)
    case .keyDischargeUnit:
      return ExchangeColumn.text(enterprise.isKeyDischargeUnit, chinese: chinese)
    case .address: return enterprise.address
    case .legalRepresentative: return enterprise.legalRepresentative
    case .contactPerson: return enterprise.contactPerson
    case .contactPhone: return enterprise.contactPhone
    case .tags: return enterprise.tags.joined(separator: chinese ? "；" : ";")
    case .notes: return enterprise.notes
    case .positiveList: return ExchangeColumn.text(enterprise.positiveList, chinese: chinese)
    case .commissioner: return commissionerName(enterprise)
    case .openCases: return String(openCases[enterprise.id] ?? 0)
    }
  }

  /// A column as a JSON field with its English key.
  func write(_ column: ExchangeColumn, of enterprise: Enterprise, to writer: inout JSONWriter) {
    let key = column.rawValue
    switch column {
    case .tier: writer.field(key, enterprise.tier.rawValue)
    case .keyDischargeUnit: writer.field(key, enterprise.isKeyDischargeUnit)
    case .tags: writer.field(key, array: enterprise.tags) { $0.value($1) }
    case .positiveList: writer.field(key, enterprise.positiveList.rawValue)
    case .openCases: writer.field(key, openCases[enterprise.id] ?? 0)
    default: writer.field(key, text(column, of: enterprise, chinese: false))
    }
  }
}
