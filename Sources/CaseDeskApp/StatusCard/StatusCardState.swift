import CaseDeskDomain

/// The open status card: whose it is, which of its record lines is selected, how far it is
/// scrolled.
public struct StatusCardState: Equatable, Sendable {
  public var enterprise: EnterpriseID
  /// The selected line among those that name a record (0 when there are none).
  public var selection: Int
  /// The first line shown.
  public var scrollOffset: Int
  /// The lines as last worked out, and for which records and language: the card's query reads
  /// the whole workspace, so it runs when the card opens or the records change, not per frame.
  var cache: (appliedEvents: Int, language: Language, lines: [StatusCardLine])?

  /// The card of an enterprise, scrolled to the top with its first record line selected.
  public init(enterprise: EnterpriseID) {
    self.enterprise = enterprise
    self.selection = 0
    self.scrollOffset = 0
    self.cache = nil
  }

  /// The card of an enterprise with its lines worked out for `state`.
  public init(enterprise: EnterpriseID, in state: AppState) {
    self.init(enterprise: enterprise)
    refresh(in: state)
  }

  /// Works the lines out again (after the records changed).
  public mutating func refresh(in state: AppState) {
    cache = (state.domain.appliedEvents, state.language, computeLines(in: state))
  }

  /// Cards are equal when they show the same enterprise the same way (the cache aside).
  public static func == (left: StatusCardState, right: StatusCardState) -> Bool {
    left.enterprise == right.enterprise && left.selection == right.selection
      && left.scrollOffset == right.scrollOffset
  }

  /// The card's lines as the state's domain and language show them (empty when the enterprise
  /// is not registered).
  public func lines(in state: AppState) -> [StatusCardLine] {
    if let cache, cache.appliedEvents == state.domain.appliedEvents,
      cache.language == state.language
    {
      return cache.lines
    }
    return computeLines(in: state)
  }

  private func computeLines(in state: AppState) -> [StatusCardLine] {
    guard let card = state.domain.statusCard(of: enterprise, at: state.now) else { return [] }
    return StatusCardContent.lines(of: card, in: state.domain, strings: state.strings)
  }

  /// The indices of the lines that name a record, in order.
  public static func selectableIndices(_ lines: [StatusCardLine]) -> [Int] {
    lines.indices.filter { lines[$0].target != nil }
  }
}
