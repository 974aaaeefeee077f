import CaseDeskDomain

/// The JSON encoding of a prior notice as given in one round.
extension PriorNoticeRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("notice")
      notice.write(to: &w)
      w.field("round", round)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PriorNoticeRecord {
    var notice: PriorNotice?
    var round: Int?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "notice": notice = try PriorNotice.read(from: &r)
      case "round": round = try r.readInt()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try PriorNoticeRecord(
      notice: reader.required(notice, "notice"), round: reader.required(round, "round"),
      stamp: reader.required(stamp, "stamp"))
  }
}
