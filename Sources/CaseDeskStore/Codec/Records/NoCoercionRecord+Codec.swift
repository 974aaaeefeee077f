import CaseDeskDomain

/// The JSON encoding of a decision not to take coercive measures.
extension NoCoercionRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("listItem", listItem)
      w.field("reason", reason)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> NoCoercionRecord {
    var listItem: String?
    var reason: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "listItem": listItem = try r.readString()
      case "reason": reason = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try NoCoercionRecord(
      listItem: reader.required(listItem, "listItem"), reason: reader.required(reason, "reason"),
      stamp: reader.required(stamp, "stamp"))
  }
}
