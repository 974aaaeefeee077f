import CaseDeskDomain

/// The JSON encoding of the police's receipt of a referral.
extension PoliceReceipt {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("receivedAt", receivedAt)
      w.field("receiptNumber", receiptNumber)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PoliceReceipt {
    var receivedAt: Timestamp?
    var receiptNumber: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "receivedAt": receivedAt = try r.readTimestamp()
      case "receiptNumber": receiptNumber = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try PoliceReceipt(
      receivedAt: reader.required(receivedAt, "receivedAt"),
      receiptNumber: reader.required(receiptNumber, "receiptNumber"),
      stamp: reader.required(stamp, "stamp"))
  }
}
