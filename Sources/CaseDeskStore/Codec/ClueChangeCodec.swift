import CaseDeskDomain

/// Journal encoding of `ClueChange`: a type name (after `clue.`) and a JSON object.
///
/// Every object names its clue as `id`. `received`, the most numerous line of the journal,
/// writes the intake's fields flat next to the id (no nested object).
enum ClueChangeCodec {
  /// Every type name, in the order of the `ClueChange` cases.
  static let typeNames: [String] = [
    "received", "verified", "filingDecisionExtended", "dismissed", "convertedToInspection",
    "convertedToCase",
  ]

  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ClueChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .received(let id, let intake):
      writer.object { w in
        w.field("id", id)
        intake.writeFields(to: &w)
      }
      return "received"
    case .verified(let id, let verification):
      writer.object { w in
        w.field("id", id)
        w.field("verification", verification)
      }
      return "verified"
    case .filingDecisionExtended(let id, let reason):
      writer.object { w in
        w.field("id", id)
        w.field("reason", reason)
      }
      return "filingDecisionExtended"
    case .dismissed(let id, let reason):
      writer.object { w in
        w.field("id", id)
        w.field("reason", reason)
      }
      return "dismissed"
    case .convertedToInspection(let id, let inspection):
      writer.object { w in
        w.field("id", id)
        w.field("inspection", inspection)
      }
      return "convertedToInspection"
    case .convertedToCase(let id, let caseID):
      writer.object { w in
        w.field("id", id)
        w.field("case", caseID)
      }
      return "convertedToCase"
    }
  }

  /// Reads a change of the given type name; unknown keys are skipped.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ClueChange
  {
    if type == "received" { return try decodeReceived(from: &reader) }
    guard typeNames.contains(where: { $0 == type }) else {
      throw reader.error("unknown clue change type \(type)")
    }
    var id: ClueID?
    var verification: Clue.Verification?
    var reason: String?
    var inspection: InspectionID?
    var caseID: CaseID?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "verification": verification = try r.readEnum(Clue.Verification.self)
      case "reason": reason = try r.readString()
      case "inspection": inspection = try r.readID()
      case "case": caseID = try r.readID()
      default: try r.skipValue()
      }
    }
    let clue = try reader.required(id, "id")
    switch type {
    case "verified": return .verified(clue, try reader.required(verification, "verification"))
    case "filingDecisionExtended":
      return .filingDecisionExtended(clue, reason: try reader.required(reason, "reason"))
    case "dismissed": return .dismissed(clue, reason: try reader.required(reason, "reason"))
    case "convertedToInspection":
      return .convertedToInspection(clue, try reader.required(inspection, "inspection"))
    default: return .convertedToCase(clue, try reader.required(caseID, "case"))
    }
  }

  /// Reads `received`: the clue's id and its intake's fields, flat in one object.
  private static func decodeReceived(from reader: inout JSONReader) throws(CodecError)
    -> ClueChange
  {
    var id: ClueID?
    var fields = ClueIntake.CodecFields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      if key == "id" {
        id = try r.readID()
      } else if try !fields.read(key, from: &r) {
        try r.skipValue()
      }
    }
    return .received(try reader.required(id, "id"), try fields.intake(reader))
  }
}
