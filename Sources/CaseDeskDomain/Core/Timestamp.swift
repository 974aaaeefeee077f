/// An instant in UTC, in seconds since 1970-01-01T00:00:00Z.
///
/// Events carry one as information (order comes from sequence numbers, never clocks). Hour
/// clocks (a 24-hour hand-over) compare timestamps; day clocks use the bureau's local day.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var secondsSinceEpoch: Int64

  public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

  /// The instant at a local wall-clock time on a day, at a fixed UTC offset in seconds.
  public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffset: Int) {
    let local = Int64(day.ordinal) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.secondsSinceEpoch = local - Int64(utcOffset)
  }

  /// The local day of this instant at a fixed UTC offset in seconds.
  public func day(utcOffset: Int) -> Day {
    let local = secondsSinceEpoch + Int64(utcOffset)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    return Day(ordinal: Int(days))
  }

  /// The instant a number of seconds later.
  public func adding(seconds: Int64) -> Timestamp {
    Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds)
  }

  /// ISO 8601 in UTC: `2025-06-30T08:15:00Z`.
  public var description: String {
    let day = self.day(utcOffset: 0)
    let seconds = Int(secondsSinceEpoch - Int64(day.ordinal) * 86_400)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(day)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }
}
