import CaseDeskDomain

/// The JSON encoding of a police request for more material and its supply.
extension MaterialRequest {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("requestedAt", requestedAt)
      w.field("items", items)
      w.field("stamp", stamp)
      w.field("supplyNote", supplyNote)
      w.field("supplied", supplied)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> MaterialRequest {
    var requestedAt: Timestamp?
    var items: String?
    var stamp: ActionStamp?
    var supplyNote: String?
    var supplied: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "requestedAt": requestedAt = try r.readTimestamp()
      case "items": items = try r.readString()
      case "stamp": stamp = try r.readStamp()
      case "supplyNote": supplyNote = try r.readString()
      case "supplied": supplied = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try MaterialRequest(
      requestedAt: reader.required(requestedAt, "requestedAt"),
      items: reader.required(items, "items"), stamp: reader.required(stamp, "stamp"),
      supplyNote: supplyNote, supplied: supplied)
  }
}
