import CaseDeskDomain

/// Finding enterprises by a query outside the app (`casedesk lookup`): the same index and
/// ranking as the filter and the quick lookup.
public enum EnterpriseLookup {
  /// The enterprises matching `text`, best first; a full USCC that matches exactly is alone.
  public static func find(_ text: String, in domain: DomainState) -> [Enterprise] {
    let wanted = text.trimmingSpaces.uppercased()
    if let exact = domain.enterprises[EnterpriseID(wanted)] { return [exact] }
    let (enterprises, entries) = domain.enterpriseSearchEntries()
    var search = IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases))
    return search.results(for: text).map { enterprises[$0] }
  }
}
