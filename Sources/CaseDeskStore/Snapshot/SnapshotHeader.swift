/// The first line of a snapshot: what it holds and where the journal continues.
public struct SnapshotHeader: Equatable, Sendable {
  /// The generation whose journal continues after this snapshot.
  public var generation: Int
  /// The sequence number of the last event the snapshot includes.
  public var sequence: Int64
  /// The chain's head hash at that event (the next journal's base hash).
  public var head: String
  /// How many records follow.
  public var records: Int

  public init(generation: Int, sequence: Int64, head: String, records: Int) {
    self.generation = generation
    self.sequence = sequence
    self.head = head
    self.records = records
  }
}
