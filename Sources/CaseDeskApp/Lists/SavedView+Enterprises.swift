import CaseDeskDomain
import TerminalUI

extension SavedView {
  /// The enterprises this view shows in a workspace, in its order, and its columns: the same
  /// filter, ranking and sort as the Enterprises pane (for `casedesk export --view`).
  public func enterprises(in domain: DomainState, language: Language) -> (
    enterprises: [Enterprise], columns: [String]
  ) {
    let rows = EnterpriseRow.rows(of: domain)
    var list = ListState(count: rows.count)
    list.filter = TextFieldState(text: filter)
    var holder = EnterpriseListState(records: rows)
    holder.search.engine = EnterpriseList.buildSearch(rows)
    let text = list.filterText
    let found = text.isEmpty ? [] : EnterpriseList.matches(text, in: &holder)
    let strings = Strings(language)
    let records = ListRecords(
      count: rows.count, id: { rows[$0].id.raw },
      sortKey: { EnterpriseColumn.sortKey(rows[$0], column: $1, strings: strings) },
      matches: { _ in found })
    list.setSort(sort, records: records, pageSize: 1)
    return (
      list.order.map { rows[$0].enterprise },
      columns ?? EnterprisesPaneView.columnIDs(forWidth: 200)
    )
  }
}
