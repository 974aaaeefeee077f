import CaseDeskDomain
import CaseDeskStore

/// Where the app's changes go: executes a command, saves its events durably, applies them.
///
/// The runtime holds one; the reducer asks for changes with `Effect.perform` and hears back
/// with `Action.domainChanged` or `Action.changeRefused`.
public protocol DomainStore: AnyObject {
  /// The state after every saved change.
  var state: DomainState { get }
  /// Makes one change: executes the command, saves and applies its events; throws with a one-line reason when the domain
  /// refuses it or it cannot be saved (then nothing changed).
  func make(_ command: Command, by actor: Actor, at time: Timestamp) throws(StoreFailure)
    -> [Event]
  /// Saves and applies events already checked against `state` (an import's batch), as one
  /// durable batch: all of them or none.
  func record(_ events: [Event]) throws(StoreFailure)
  /// The saved changes that touched `record`, oldest first.
  func history(of record: RecordRef) -> [HistoryEntry]
}

/// Why a change was not made.
public enum StoreFailure: Error, Equatable, Sendable {
  /// The domain's rules refused the change.
  case refused(LocalizedText)
  /// The change could not be saved (the session may be read-only now).
  case notSaved(String)
}
