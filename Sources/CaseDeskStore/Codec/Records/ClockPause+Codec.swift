import CaseDeskDomain

/// The JSON encoding of a period that pauses a case's clock.
extension ClockPause {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("kind", kind)
      w.field("reason", reason)
      w.field("start", start)
      w.field("end", end)
      w.field("started", started)
      w.field("ended", ended)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ClockPause {
    var kind: ClockPauseKind?
    var reason: String?
    var start: Day?
    var end: Day?
    var started: ActionStamp?
    var ended: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(ClockPauseKind.self)
      case "reason": reason = try r.readString()
      case "start": start = try r.readDay()
      case "end": end = try r.readDay()
      case "started": started = try r.readStamp()
      case "ended": ended = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try ClockPause(
      kind: reader.required(kind, "kind"), reason: reader.required(reason, "reason"),
      start: reader.required(start, "start"), end: end,
      started: reader.required(started, "started"), ended: ended)
  }
}
