import CaseDeskDomain

/// The JSON encoding of an extension of a case's time limit.
extension CaseExtension {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("days", days)
      w.field("reason", reason)
      w.field("collectiveMinutes", collectiveMinutes)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseExtension {
    var days: Int?
    var reason: String?
    var collectiveMinutes: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "days": days = try r.readInt()
      case "reason": reason = try r.readString()
      case "collectiveMinutes": collectiveMinutes = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try CaseExtension(
      days: reader.required(days, "days"), reason: reader.required(reason, "reason"),
      collectiveMinutes: reader.required(collectiveMinutes, "collectiveMinutes"),
      stamp: reader.required(stamp, "stamp"))
  }
}
