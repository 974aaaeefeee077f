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

  /// Recomputes the display order (after the filter, the sort or the records changed).
  static func refresh(_ state: inout AppState) {
    let records = records(&state)
    state.enterprises.list.refresh(records, pageSize: pageSize(state))
  }

  /// Rows of records the table shows now.
  static func pageSize(_ state: AppState) -> Int {
    max(1, EnterprisesPaneView.visibleRowCount(for: state))
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
}
