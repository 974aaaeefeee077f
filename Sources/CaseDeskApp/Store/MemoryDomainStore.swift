import CaseDeskDomain
import CaseDeskStore

/// A store that keeps its state in memory only: for tests, benchmarks and headless runs.
public final class MemoryDomainStore: DomainStore {
  public private(set) var state: DomainState
  /// Every event performed, oldest first.
  public private(set) var events: [Event] = []

  public init(state: DomainState) {
    self.state = state
  }

  public func make(_ command: Command, by actor: Actor, at time: Timestamp)
    throws(StoreFailure) -> [Event]
  {
    let performed: [Event]
    do {
      performed = try Domain.execute(command, by: actor, at: time, in: state)
    } catch {
      throw StoreFailure.refused(error.message)
    }
    do {
      try state.apply(performed)
    } catch {
      throw StoreFailure.notSaved(error.message)
    }
    events += performed
    return performed
  }

  public func history(of record: RecordRef) -> [HistoryEntry] {
    HistoryEntry.entries(of: record, in: events)
  }

  public func record(_ events: [Event]) throws(StoreFailure) {
    var next = state
    do {
      try next.apply(events)
    } catch {
      throw StoreFailure.notSaved(error.message)
    }
    state = next
    self.events += events
  }
}
