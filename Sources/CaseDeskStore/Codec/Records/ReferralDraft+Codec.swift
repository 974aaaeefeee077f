import CaseDeskDomain

/// The JSON encoding of a referral as first drafted.
extension ReferralDraft {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("case", caseID)
      w.key("ground")
      ground.write(to: &w)
      if !responsiblePersons.isEmpty { w.field("responsiblePersons", strings: responsiblePersons) }
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ReferralDraft {
    var caseID: CaseID?
    var ground: ReferralGround?
    var responsiblePersons: [String] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "case": caseID = try r.readID()
      case "ground": ground = try ReferralGround.read(from: &r)
      case "responsiblePersons": responsiblePersons = try r.readStrings()
      default: try r.skipValue()
      }
    }
    return try ReferralDraft(
      caseID: reader.required(caseID, "case"), ground: reader.required(ground, "ground"),
      responsiblePersons: responsiblePersons)
  }
}
