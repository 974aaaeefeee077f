import CaseDeskDomain
import TerminalUI

/// The enterprises pane's glue to the shared list machinery: its records as `ListRecords`,
/// its search index, and refreshing after a change.
enum EnterpriseList {
  /// Builds the search index over the rows (positions are row indices).
  static func buildSearch(_ records: [EnterpriseRow]) -> IncrementalSearch {
    let entries = records.map {
      SearchEntry.enterprise($0.enterprise, commissionerName: $0.commissionerName)
    }
    return IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases))
  }

  /// Row indices matching a filter text, best first; a plain name/USCC scan until the index
  /// is built.
  static func matches(_ text: String, in list: inout EnterpriseListState) -> [Int] {
    if var engine = list.search.engine {
      let result = engine.results(for: text)
      list.search.engine = engine
      return result
    }
    let wanted = text.lowercased()
    return list.records.indices.filter {
      list.records[$0].name.lowercased().contains(wanted)
        || list.records[$0].uscc.lowercased().hasPrefix(wanted)
    }
  }

  /// The records as the list machinery sees them, with the filter's matches worked out.
  static func records(_ state: inout AppState) -> ListRecords {
    let text = state.enterprises.list.filterText
    let found = text.isEmpty ? [] : matches(text, in: &state.enterprises)
    let rows = state.enterprises.records
    let strings = state.strings
    return ListRecords(
      count: rows.count, id: { rows[$0].id.raw },
      sortKey: { EnterpriseColumn.sortKey(rows[$0], column: $1, strings: strings) },
      matches: { _ in found })
  }

  /// Replaces the rows after a saved change, keeping filter, sort, marks and selection, and
  /// updating the search index for the rows that changed.
  static func replaceRows(_ rows: [EnterpriseRow], in state: inout AppState) {
    let old = state.enterprises.records
    let sameOrder = rows.count == old.count && zip(rows, old).allSatisfy { $0.id == $1.id }
    state.enterprises.records = rows
    if sameOrder, var engine = state.enterprises.search.engine {
      for (row, before) in zip(rows, old) where row != before {
        engine.index.upsert(
          .enterprise(row.enterprise, commissionerName: row.commissionerName))
      }
      state.enterprises.search.engine = IncrementalSearch(index: engine.index)
    } else if state.enterprises.search.engine != nil {
      state.enterprises.search.engine = buildSearch(rows)
    }
    state.enterprises.search.generation += 1
    let records = records(&state)
    state.enterprises.list.recordsChanged(records, pageSize: pageSize(state))
  }

  /// The enterprises whose rows `events` may change, or nil when they may change any row (a
  /// staff member's name shows in every row they are commissioner of; settings).
  static func touchedEnterprises(_ events: [Event], in domain: DomainState) -> Set<EnterpriseID>? {
    var touched: Set<EnterpriseID> = []
    for event in events {
      if case .settings = event.change { return nil }
      for record in event.change.affectedRecords {
        switch record {
        case .enterprise(let id), .positiveListEntry(let id):
          touched.insert(id)
        case .enforcementCase(let id):
          guard let found = domain.cases[id] else { return nil }
          touched.insert(found.enterprise)
        case .staff:
          return nil
        default:
          continue  // no enterprise column shows inspections, clues, referrals or requests
        }
      }
    }
    return touched
  }

  /// At most this many rows are updated one by one; more are rebuilt together.
  static let rowUpdateLimit = 64

  /// Updates in place the rows a saved change touched; false when it cannot (a new
  /// enterprise, a staff or settings change, many rows) and every row must be rebuilt.
  static func updateTouchedRows(after events: [Event], in state: inout AppState) -> Bool {
    let domain = state.domain
    guard let touched = touchedEnterprises(events, in: domain),
      touched.count <= rowUpdateLimit
    else { return false }
    var changed: [(index: Int, row: EnterpriseRow)] = []
    for id in touched {
      guard let index = state.enterprises.index(of: id), let enterprise = domain.enterprises[id]
      else { return false }
      let openCases = domain.cases.values.reduce(0) { count, record in
        record.enterprise == id && ![.closed, .archived, .withdrawn].contains(record.stage)
          ? count + 1 : count
      }
      let row = EnterpriseRow(
        enterprise: enterprise,
        commissionerName: enterprise.commissioner.flatMap { domain.staff[$0]?.name },
        openCases: openCases)
      if row != state.enterprises.records[index] { changed.append((index, row)) }
    }
    guard !changed.isEmpty else { return true }
    for (index, row) in changed { state.enterprises.records[index] = row }
    if var engine = state.enterprises.search.engine {
      for (_, row) in changed {
        engine.upsert(.enterprise(row.enterprise, commissionerName: row.commissionerName))
      }
      state.enterprises.search.engine = engine
    }
    state.enterprises.search.generation += 1
    let records = records(&state)
    if state.enterprises.list.sort != nil {
      state.enterprises.list.recordsChanged(records, pageSize: pageSize(state))
    } else {
      state.enterprises.list.refresh(records, pageSize: pageSize(state))
    }
    return true
  }
}
