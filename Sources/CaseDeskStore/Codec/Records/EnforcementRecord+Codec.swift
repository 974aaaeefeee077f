import CaseDeskDomain

/// The JSON encoding of one enforcement step and who took it.
extension EnforcementRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("action")
      action.write(to: &w)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EnforcementRecord {
    var action: EnforcementAction?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "action": action = try EnforcementAction.read(from: &r)
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try EnforcementRecord(
      action: reader.required(action, "action"), stamp: reader.required(stamp, "stamp"))
  }
}
