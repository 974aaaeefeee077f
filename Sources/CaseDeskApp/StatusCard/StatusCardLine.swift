import CaseDeskDomain

/// One line of a status card: a labelled field, a section heading, or an item naming a record.
///
/// The view, the plain text and the tests all read the same lines, so the card says the same
/// thing everywhere.
public struct StatusCardLine: Equatable, Sendable {
  /// What the line is.
  public enum Kind: Equatable, Sendable {
    /// `label: text` (an empty section is a field whose text says "none").
    case field
    /// A section title with its count; its items follow.
    case heading
    /// One record of the section above, indented.
    case item
  }

  /// How urgent the line is: picks the colour in the app.
  public enum Tone: Equatable, Sendable {
    case normal
    /// A legal deadline has passed.
    case alarm
    /// A legal deadline falls within three days.
    case warning
    /// Nothing to see (empty sections, paused clocks).
    case quiet
  }

  public var kind: Kind
  public var label: String
  public var text: String
  public var tone: Tone
  /// The record the line names (Enter jumps there), nil for lines that name none.
  public var target: RecordRef?

  public init(
    kind: Kind, label: String = "", text: String = "", tone: Tone = .normal,
    target: RecordRef? = nil
  ) {
    self.kind = kind
    self.label = label
    self.text = text
    self.tone = tone
    self.target = target
  }
}
