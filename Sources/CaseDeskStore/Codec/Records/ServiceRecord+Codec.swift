import CaseDeskDomain

/// The JSON encoding of how and when a decision was served.
extension ServiceRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("servedOn", servedOn)
      w.field("way", way)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ServiceRecord {
    var servedOn: Day?
    var way: ServiceWay?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "servedOn": servedOn = try r.readDay()
      case "way": way = try r.readEnum(ServiceWay.self)
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try ServiceRecord(
      servedOn: reader.required(servedOn, "servedOn"), way: reader.required(way, "way"),
      stamp: reader.required(stamp, "stamp"))
  }
}
