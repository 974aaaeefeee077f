import CaseDeskDomain

/// The JSON encoding of a referral's hand-over to the police.
extension ReferralHandOver {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("policeUnit", policeUnit)
      w.field("handedOverAt", handedOverAt)
      w.field("procuratorateCopy", procuratorateCopy)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ReferralHandOver {
    var policeUnit: String?
    var handedOverAt: Timestamp?
    var procuratorateCopy: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "policeUnit": policeUnit = try r.readString()
      case "handedOverAt": handedOverAt = try r.readTimestamp()
      case "procuratorateCopy": procuratorateCopy = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try ReferralHandOver(
      policeUnit: reader.required(policeUnit, "policeUnit"),
      handedOverAt: reader.required(handedOverAt, "handedOverAt"),
      procuratorateCopy: reader.required(procuratorateCopy, "procuratorateCopy"),
      stamp: reader.required(stamp, "stamp"))
  }
}
