import CaseDeskDomain

extension Workspace {
  /// The journal drafts of a batch of events, in order; a large batch (an import) is encoded
  /// on all processors (each event's encoding depends on that event alone).
  static func drafts(_ events: [Event]) -> [JournalDraft] {
    ParallelMap.map(events, minimumPerWorker: 8192) { draft($0) }
  }
}
