import CaseDeskDomain

/// The JSON encoding of a decision as made and numbered.
extension DecisionRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("decision")
      decision.write(to: &w)
      w.field("documentNumber", documentNumber)
      w.field("decidedOn", decidedOn)
      w.field("referral", referral)
      w.field("stamp", stamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> DecisionRecord {
    var decision: CaseDecision?
    var documentNumber: String?
    var decidedOn: Day?
    var referral: ReferralID?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "decision": decision = try CaseDecision.read(from: &r)
      case "documentNumber": documentNumber = try r.readString()
      case "decidedOn": decidedOn = try r.readDay()
      case "referral": referral = try r.readID()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try DecisionRecord(
      decision: reader.required(decision, "decision"),
      documentNumber: reader.required(documentNumber, "documentNumber"),
      decidedOn: reader.required(decidedOn, "decidedOn"), referral: referral,
      stamp: reader.required(stamp, "stamp"))
  }
}
