import CaseDeskDomain

/// One saved change to a record: who made it, when, and what it changed.
///
/// Built from an event and its journal sequence number; the description comes from the
/// domain's change summaries, the field changes from edits that carry the values they replaced.
public struct HistoryEntry: Equatable, Sendable {
  /// One field of an edit: its label, and its value before and after.
  public struct FieldChange: Equatable, Sendable {
    public var label: LocalizedText
    public var old: String
    public var new: String

    public init(label: LocalizedText, old: String, new: String) {
      self.label = label
      self.old = old
      self.new = new
    }
  }

  /// The journal sequence number (the event's position among all saved changes).
  public var sequence: UInt64
  public var time: Timestamp
  public var actor: Actor
  /// One line saying what changed, in both languages.
  public var summary: LocalizedText
  /// For edits, each changed field old → new; empty for other changes.
  public var fieldChanges: [FieldChange]

  public init(
    sequence: UInt64, time: Timestamp, actor: Actor, summary: LocalizedText,
    fieldChanges: [FieldChange] = []
  ) {
    self.sequence = sequence
    self.time = time
    self.actor = actor
    self.summary = summary
    self.fieldChanges = fieldChanges
  }

  /// The entry of an event saved with sequence number `sequence`.
  public init(sequence: UInt64, event: Event) {
    self.init(
      sequence: sequence, time: event.time, actor: event.actor, summary: event.change.summary,
      fieldChanges: HistoryEntry.fieldChanges(of: event.change))
  }

  /// The entries of `events` (numbered from 1 in order) that changed `record`, oldest first.
  public static func entries(of record: RecordRef, in events: [Event]) -> [HistoryEntry] {
    var result: [HistoryEntry] = []
    for (index, event) in events.enumerated() where event.change.affectedRecords.contains(record) {
      result.append(HistoryEntry(sequence: UInt64(index + 1), event: event))
    }
    return result
  }
}
