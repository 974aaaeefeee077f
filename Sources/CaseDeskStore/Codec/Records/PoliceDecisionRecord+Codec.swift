import CaseDeskDomain

/// The JSON encoding of the police's decision on a referral.
extension PoliceDecisionRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("decision")
      decision.write(to: &w)
      w.field("decidedOn", decidedOn)
      w.field("stamp", stamp)
      w.field("reasonsReceived", reasonsReceived)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PoliceDecisionRecord {
    var decision: PoliceDecision?
    var decidedOn: Day?
    var stamp: ActionStamp?
    var reasonsReceived: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "decision": decision = try PoliceDecision.read(from: &r)
      case "decidedOn": decidedOn = try r.readDay()
      case "stamp": stamp = try r.readStamp()
      case "reasonsReceived": reasonsReceived = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try PoliceDecisionRecord(
      decision: reader.required(decision, "decision"),
      decidedOn: reader.required(decidedOn, "decidedOn"), stamp: reader.required(stamp, "stamp"),
      reasonsReceived: reasonsReceived)
  }
}
