extension DomainState {
  /// The next id `PREFIX-YYYY-NNNN` for a record made at `time` (local year).
  ///
  /// Counters are kept per prefix and year as records are created, so numbering costs the
  /// same in a province-sized workspace as in a small one. `offset` numbers several new
  /// records of one command (0 for the first).
  public func nextRecordID(prefix: String, at time: Timestamp, offset: Int = 0) -> String {
    let year = time.day(utcOffset: settings.utcOffset).year
    let stem = "\(prefix)-\(year)"
    let number = String((recordCounters[stem] ?? 0) + 1 + offset)
    return stem + "-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
  }

  /// Counts a created record's id when it has the form `STEM-NNNN`.
  mutating func noteCreatedRecordID(_ raw: String) {
    guard raw.utf8.contains(UInt8(ascii: "-")), let dash = raw.lastIndex(of: "-"),
      dash != raw.startIndex
    else { return }
    let digits = raw[raw.index(after: dash)...]
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(digits)
    else { return }
    let stem = String(raw[..<dash])
    recordCounters[stem] = max(recordCounters[stem] ?? 0, number)
  }

  /// Whether a record exists.
  public func contains(_ ref: RecordRef) -> Bool {
    switch ref {
    case .staff(let id): return staff[id] != nil
    case .supervisor(let id): return supervisors[id] != nil
    case .enterprise(let id): return enterprises[id] != nil
    case .positiveListEntry(let id): return positiveList[id] != nil
    case .inspection(let id): return inspections[id] != nil
    case .clue(let id): return clues[id] != nil
    case .enforcementCase(let id): return cases[id] != nil
    case .referral(let id): return referrals[id] != nil
    case .serviceRequest(let id): return serviceRequests[id] != nil
    case .followUpVisit(let id): return followUpVisits[id] != nil
    case .rectificationTask(let id): return rectificationTasks[id] != nil
    }
  }
}

extension RecordRef {
  /// The record's id as text.
  public var rawID: String {
    switch self {
    case .staff(let id): return id.raw
    case .supervisor(let id): return id.raw
    case .enterprise(let id): return id.raw
    case .positiveListEntry(let id): return id.raw
    case .inspection(let id): return id.raw
    case .clue(let id): return id.raw
    case .enforcementCase(let id): return id.raw
    case .referral(let id): return id.raw
    case .serviceRequest(let id): return id.raw
    case .followUpVisit(let id): return id.raw
    case .rectificationTask(let id): return id.raw
    }
  }
}
