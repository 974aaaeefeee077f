/// One item of the four lists: the situation it covers, its basis, and the criteria it asks.
public struct LeniencyListItem: Hashable, Sendable, Identifiable {
  /// A stable code such as `NP-01`.
  public var id: String
  public var list: LeniencyList
  public var title: LocalizedText
  public var basis: LocalizedText
  /// Criteria that must all be met to apply the item.
  public var criteria: Set<LeniencyCriterion>
  /// Years looked back for `firstOffence` (1 or 2 in the real lists).
  public var lookbackYears: Int

  public init(
    id: String, list: LeniencyList, title: LocalizedText, basis: LocalizedText,
    criteria: Set<LeniencyCriterion>, lookbackYears: Int = 2
  ) {
    self.id = id
    self.list = list
    self.title = title
    self.basis = basis
    self.criteria = criteria
    self.lookbackYears = lookbackYears
  }
}
