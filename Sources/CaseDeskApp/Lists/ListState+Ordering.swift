import TerminalUI

extension ListState {
  /// Recomputes the display order after the records, the filter or the sort changed, and keeps
  /// the selection on the same record.
  public mutating func refresh(_ records: ListRecords, pageSize: Int) {
    totalCount = records.count
    if let sort, sortedAll?.count != records.count {
      sortedAll = Self.sortedIndices(records, by: sort)
    }
    if sort == nil { sortedAll = nil }
    let text = filterText
    if text.isEmpty {
      order = sortedAll ?? Array(0..<records.count)
    } else {
      let matches = records.matches(text)
      if let sortedAll {
        var isMatch = [Bool](repeating: false, count: records.count)
        for index in matches where index < records.count { isMatch[index] = true }
        order = sortedAll.filter { isMatch[$0] }
      } else {
        order = matches
      }
    }
    reconcileSelection(records, pageSize: pageSize)
  }

  /// Sorts by `sort` (nil: the records' own order) and refreshes.
  public mutating func setSort(_ newSort: TableSort?, records: ListRecords, pageSize: Int) {
    sort = newSort
    sortedAll = newSort.map { Self.sortedIndices(records, by: $0) }
    refresh(records, pageSize: pageSize)
  }

  /// Forgets the cached sort order (the records changed) and refreshes.
  public mutating func recordsChanged(_ records: ListRecords, pageSize: Int) {
    sortedAll = nil
    refresh(records, pageSize: pageSize)
  }

  /// Keeps the highlight on the selected record, or on the same row when it is gone.
  mutating func reconcileSelection(_ records: ListRecords, pageSize: Int) {
    let order = self.order
    var position: [String: Int] = [:]
    if let id = table.selectedID {
      if let row = order.firstIndex(where: { records.id($0) == id }) { position[id] = row }
    }
    table.reconcile(
      rowCount: order.count, indexOf: { position[$0] }, rowID: { records.id(order[$0]) },
      pageSize: max(1, pageSize))
  }

  /// Every record index ordered by a column; ties keep the records' own order.
  static func sortedIndices(_ records: ListRecords, by sort: TableSort) -> [Int] {
    let keys = (0..<records.count).map { records.sortKey($0, sort.columnID) }
    return (0..<records.count).sorted { a, b in
      if keys[a] == keys[b] { return a < b }
      return sort.ascending ? keys[a] < keys[b] : keys[a] > keys[b]
    }
  }
}
