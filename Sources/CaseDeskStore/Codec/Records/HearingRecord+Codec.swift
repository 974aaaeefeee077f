import CaseDeskDomain

/// The JSON encoding of a hearing from request to record.
extension HearingRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("requestedOn", requestedOn)
      w.field("scheduledFor", scheduledFor)
      w.field("noticeServedOn", noticeServedOn)
      w.field("heldOn", heldOn)
      w.field("record", record)
      w.field("requested", requested)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> HearingRecord {
    var requestedOn: Day?
    var scheduledFor: Day?
    var noticeServedOn: Day?
    var heldOn: Day?
    var record: String?
    var requested: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "requestedOn": requestedOn = try r.readDay()
      case "scheduledFor": scheduledFor = try r.readDay()
      case "noticeServedOn": noticeServedOn = try r.readDay()
      case "heldOn": heldOn = try r.readDay()
      case "record": record = try r.readString()
      case "requested": requested = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try HearingRecord(
      requestedOn: reader.required(requestedOn, "requestedOn"), scheduledFor: scheduledFor,
      noticeServedOn: noticeServedOn, heldOn: heldOn, record: reader.required(record, "record"),
      requested: reader.required(requested, "requested"))
  }
}
