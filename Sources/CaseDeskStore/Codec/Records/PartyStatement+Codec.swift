import CaseDeskDomain

/// The JSON encoding of a party's statement and defence.
extension PartyStatement {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("text", text)
      w.field("waivesHearing", waivesHearing)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PartyStatement {
    var text: String?
    var waivesHearing: Bool?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "text": text = try r.readString()
      case "waivesHearing": waivesHearing = try r.readBool()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try PartyStatement(
      text: reader.required(text, "text"),
      waivesHearing: reader.required(waivesHearing, "waivesHearing"),
      stamp: reader.required(stamp, "stamp"))
  }
}
