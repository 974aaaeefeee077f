extension DomainState {
  /// The enterprises in search order (by name, then USCC) with their search entries.
  ///
  /// The filter, the quick lookup, `casedesk lookup` and the lookup file all search these
  /// entries in this order, so their rankings agree.
  public func enterpriseSearchEntries() -> (enterprises: [Enterprise], entries: [SearchEntry]) {
    let sorted = enterprises.values.sorted { ($0.name, $0.uscc) < ($1.name, $1.uscc) }
    let entries = sorted.map { enterprise in
      SearchEntry.enterprise(
        enterprise, commissionerName: enterprise.commissioner.flatMap { staff[$0]?.name })
    }
    return (sorted, entries)
  }
}
