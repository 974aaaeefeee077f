import CaseDeskDomain

/// A record to append: everything but the sequence number and the hashes, which the writer
/// assigns.
public struct JournalDraft: Equatable, Sendable {
  /// When the change was made (information only; order is by sequence number).
  public var time: Timestamp
  /// The staff id of the operator, or `@system`.
  public var operatorID: String
  /// The dotted event type (`case.filed`).
  public var type: String
  /// The event's data: one JSON object as UTF-8, without tab, line feed or carriage return.
  public var data: [UInt8]

  /// Creates a draft.
  public init(time: Timestamp, operatorID: String, type: String, data: [UInt8]) {
    self.time = time
    self.operatorID = operatorID
    self.type = type
    self.data = data
  }

  /// Creates a draft whose data is given as text.
  public init(time: Timestamp, operatorID: String, type: String, json: String) {
    self.init(time: time, operatorID: operatorID, type: type, data: Array(json.utf8))
  }
}
