import CaseDeskDomain

/// JSON encoding of a withdrawn inspection plan: `{"reason","stamp"}`.
extension InspectionWithdrawal {
  /// Writes the withdrawal as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("reason", reason)
      w.field("stamp", stamp)
    }
  }

  /// Reads a withdrawal written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionWithdrawal {
    var reason: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "reason": reason = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return InspectionWithdrawal(
      reason: try reader.required(reason, "reason"), stamp: try reader.required(stamp, "stamp"))
  }
}
