import CaseDeskDomain

/// The JSON encoding of one approved instalment; the amount is in fen.
extension Instalment {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("dueOn", dueOn)
      w.field("amountFen", amountFen)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Instalment {
    var dueOn: Day?
    var amountFen: Int?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "dueOn": dueOn = try r.readDay()
      case "amountFen": amountFen = try r.readInt()
      default: try r.skipValue()
      }
    }
    return try Instalment(
      dueOn: reader.required(dueOn, "dueOn"), amountFen: reader.required(amountFen, "amountFen"))
  }
}
