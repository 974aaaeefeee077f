import CaseDeskDomain

/// JSON encoding of a clue's filing-decision extension: `{"reason","stamp"}`.
extension ClueFilingExtension {
  /// Writes the extension as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("reason", reason)
      w.field("stamp", stamp)
    }
  }

  /// Reads an extension written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ClueFilingExtension {
    var reason: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "reason": reason = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return ClueFilingExtension(
      reason: try reader.required(reason, "reason"), stamp: try reader.required(stamp, "stamp"))
  }
}
