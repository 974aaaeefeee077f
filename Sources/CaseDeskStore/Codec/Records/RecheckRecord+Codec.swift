import CaseDeskDomain

/// The JSON encoding of a recheck of a correction.
extension RecheckRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("checkedOn", checkedOn)
      w.field("correctionHeld", correctionHeld)
      w.field("note", note)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RecheckRecord {
    var checkedOn: Day?
    var correctionHeld: Bool?
    var note: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "checkedOn": checkedOn = try r.readDay()
      case "correctionHeld": correctionHeld = try r.readBool()
      case "note": note = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try RecheckRecord(
      checkedOn: reader.required(checkedOn, "checkedOn"),
      correctionHeld: reader.required(correctionHeld, "correctionHeld"),
      note: reader.required(note, "note"), stamp: reader.required(stamp, "stamp"))
  }
}
