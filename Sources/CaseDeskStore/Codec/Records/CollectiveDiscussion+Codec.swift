import CaseDeskDomain

/// The JSON encoding of a collective discussion of a case.
extension CollectiveDiscussion {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("heldOn", heldOn)
      w.field("minutes", minutes)
      w.field("conclusion", conclusion)
      w.field("round", round)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CollectiveDiscussion {
    var heldOn: Day?
    var minutes: String?
    var conclusion: String?
    var round: Int?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "heldOn": heldOn = try r.readDay()
      case "minutes": minutes = try r.readString()
      case "conclusion": conclusion = try r.readString()
      case "round": round = try r.readInt()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try CollectiveDiscussion(
      heldOn: reader.required(heldOn, "heldOn"), minutes: reader.required(minutes, "minutes"),
      conclusion: reader.required(conclusion, "conclusion"), round: reader.required(round, "round"),
      stamp: reader.required(stamp, "stamp"))
  }
}
