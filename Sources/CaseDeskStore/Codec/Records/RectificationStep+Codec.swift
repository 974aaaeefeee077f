import CaseDeskDomain

/// JSON encoding of a dated step of a rectification task: `{"on","note","stamp"}`.
extension RectificationStep {
  /// Writes the step as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("on", on)
      w.field("note", note)
      w.field("stamp", stamp)
    }
  }

  /// Reads a step written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RectificationStep {
    var on: Day?
    var note: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "on": on = try r.readDay()
      case "note": note = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return RectificationStep(
      on: try reader.required(on, "on"), note: try reader.required(note, "note"),
      stamp: try reader.required(stamp, "stamp"))
  }
}
