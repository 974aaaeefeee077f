/// The compensating fact of an undo: records put back to their earlier values.
public enum UndoChange: Equatable, Sendable {
  /// Records restored; `undone` summarises what was undone, for the history.
  case recordsRestored([RecordSnapshot], undone: [LocalizedText])
}
