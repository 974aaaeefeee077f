/// The late-payment surcharge (加处罚款, Administrative Penalty Law article 72): 3% of the fine
/// for each day past the payment deadline, never more than the fine itself.
public enum LateSurcharge {
  /// The surcharge in fen for a fine due on `dueOn` and still unpaid on `day`.
  ///
  /// Days are counted from the day after `dueOn` through `day`; the amount rounds down to the
  /// fen and is capped at the fine.
  public static func fen(fineFen: Int, dueOn: Day, asOf day: Day) -> Int {
    guard fineFen > 0 else { return 0 }
    let days = max(0, dueOn.days(until: day))
    guard days > 0 else { return 0 }
    if days >= 34 { return fineFen }  // 34 × 3% > 100%.
    return min(fineFen, fineFen * 3 * days / 100)
  }
}
