import CaseDeskDomain

/// The open status card: whose it is, which of its record lines is selected, how far it is
/// scrolled.
public struct StatusCardState: Equatable, Sendable {
  public var enterprise: EnterpriseID
  /// The selected line among those that name a record (0 when there are none).
  public var selection: Int
  /// The first line shown.
  public var scrollOffset: Int

  /// The card of an enterprise, scrolled to the top with its first record line selected.
  public init(enterprise: EnterpriseID) {
    self.enterprise = enterprise
    self.selection = 0
    self.scrollOffset = 0
  }

  /// The card's lines as the state's domain and language show them (empty when the enterprise
  /// is not registered).
  public func lines(in state: AppState) -> [StatusCardLine] {
    guard let card = state.domain.statusCard(of: enterprise, at: state.now) else { return [] }
    return StatusCardContent.lines(of: card, in: state.domain, strings: state.strings)
  }

  /// The indices of the lines that name a record, in order.
  public static func selectableIndices(_ lines: [StatusCardLine]) -> [Int] {
    lines.indices.filter { lines[$0].target != nil }
  }
}
