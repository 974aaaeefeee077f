/// How far a piece of long work has got, for the progress bar on the message row.
public struct WorkProgress: Equatable, Sendable {
  public var title: String
  public var done: Int
  public var total: Int

  public init(title: String, done: Int, total: Int) {
    self.title = title
    self.done = done
    self.total = total
  }

  /// The share done, from 0 to 1 (0 when the total is not known yet).
  public var fraction: Double {
    total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
  }
}
