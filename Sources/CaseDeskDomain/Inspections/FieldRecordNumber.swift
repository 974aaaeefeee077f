/// Deterministic record numbers `PREFIX-YYYY-NNNN` for field records.
enum FieldRecordNumber {
  /// The next number for `prefix` in the local year of `time`, counting the existing ids.
  ///
  /// `offset` numbers several new records of one command (0 for the first).
  static func next(
    prefix: String, at time: Timestamp, in state: DomainState, existing: some Sequence<String>,
    offset: Int = 0
  ) -> String {
    var count: Int?
    return next(
      prefix: prefix, at: time, in: state, existing: existing, offset: offset, knownCount: &count)
  }

  /// As `next`, reusing `knownCount` (the existing ids of that year) when already counted.
  static func next(
    prefix: String, at time: Timestamp, in state: DomainState, existing: some Sequence<String>,
    offset: Int, knownCount: inout Int?
  ) -> String {
    let year = time.day(utcOffset: state.settings.utcOffset).year
    let head = "\(prefix)-\(year)-"
    let count: Int
    if let knownCount {
      count = knownCount
    } else {
      var counted = 0
      for raw in existing where raw.hasPrefix(head) { counted += 1 }
      count = counted
      knownCount = counted
    }
    let number = String(count + 1 + offset)
    return head + String(repeating: "0", count: max(0, 4 - number.count)) + number
  }
}
