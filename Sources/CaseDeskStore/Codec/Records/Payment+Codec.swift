import CaseDeskDomain

/// The JSON encoding of a payment of a fine; the amount is in fen.
extension Payment {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("amountFen", amountFen)
      w.field("paidOn", paidOn)
      w.field("receipt", receipt)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Payment {
    var amountFen: Int?
    var paidOn: Day?
    var receipt: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "amountFen": amountFen = try r.readInt()
      case "paidOn": paidOn = try r.readDay()
      case "receipt": receipt = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try Payment(
      amountFen: reader.required(amountFen, "amountFen"), paidOn: reader.required(paidOn, "paidOn"),
      receipt: reader.required(receipt, "receipt"), stamp: reader.required(stamp, "stamp"))
  }
}
