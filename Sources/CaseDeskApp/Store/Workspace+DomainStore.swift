import CaseDeskDomain
import CaseDeskStore

extension Workspace: DomainStore {
  public func make(_ command: Command, by actor: Actor, at time: Timestamp)
    throws(StoreFailure) -> [Event]
  {
    guard access.isWritable else { throw StoreFailure.notSaved("\(access)") }
    let events: [Event]
    do {
      events = try Domain.execute(command, by: actor, at: time, in: state)
    } catch {
      throw StoreFailure.refused(error.message)
    }
    do {
      try save(events)
    } catch {
      throw StoreFailure.notSaved(error.description)
    }
    return events
  }

  public func history(of record: RecordRef) -> [HistoryEntry] {
    RecordHistory.entries(of: record, inWorkspace: directory.path, fileSystem: fileSystem)
  }

  public func record(_ events: [Event]) throws(StoreFailure) {
    do {
      try save(events)
    } catch {
      throw StoreFailure.notSaved(error.description)
    }
  }
}
