/// How far a list pane's detail is scrolled, for which record, and the scroll keys' flags.
///
/// The offset counts entries back from where the detail shows by default (`K` adds one, `J`
/// takes one away); a detail whose checklist is cut may also go below zero, into it. Another
/// selection starts the detail again at its default.
public struct DetailScroll: Equatable, Sendable {
  /// How many entries earlier than by default the detail starts (below zero: later).
  public var offset: Int
  /// The record the offset belongs to (its raw id).
  public var recordID: String?
  /// The key-map flags of the scrolling, worked out after every action (the footer and key
  /// lookup read them on every frame and key).
  public var flags: Set<String>

  /// Nothing scrolled, no record.
  public init() {
    offset = 0
    recordID = nil
    flags = []
  }

  /// Moves the offset by `steps` within `range` (what the detail can show now) for `record`.
  public mutating func move(by steps: Int, within range: ClosedRange<Int>, record: String?) {
    let current = min(max(offset, range.lowerBound), range.upperBound)
    offset = min(max(current + steps, range.lowerBound), range.upperBound)
    recordID = record
  }

  /// Starts again at the default when the selection has moved to another record, and sets the
  /// flags: `earlier` while the offset can grow within `range`, `later` while it can shrink
  /// (none when no detail shows, `range` nil).
  public mutating func catchUp(
    selected: String?, range: ClosedRange<Int>?, earlier: String, later: String
  ) {
    if selected != recordID {
      offset = 0
      recordID = selected
    }
    var shown: Set<String> = []
    if let range {
      if offset < range.upperBound { shown.insert(earlier) }
      if offset > range.lowerBound { shown.insert(later) }
    }
    if shown != flags { flags = shown }
  }
}
