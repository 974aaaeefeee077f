import CaseDeskDomain

/// JSON encoding of a clue record (in the snapshot), kept flat and compact.
///
/// `id`, then the intake's fields as in `clue.received` (`source`, `enterprise`, `facts`,
/// `measurement`, `receivedAt`), then `received`, `verification`, `verified`,
/// `filingExtension`, `disposition`, `disposed`, `dismissalReason`, `inspection`, `case`.
/// Whatever is nil is left out.
extension Clue {
  /// Writes the clue as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      intake.writeFields(to: &w)
      w.field("received", received)
      w.field("verification", verification)
      w.field("verified", verified)
      if let filingExtension {
        w.key("filingExtension")
        filingExtension.write(to: &w)
      }
      w.field("disposition", disposition)
      w.field("disposed", disposed)
      w.field("dismissalReason", dismissalReason)
      w.field("inspection", inspection)
      w.field("case", caseID)
    }
  }

  /// The clue's intake fields (what was received).
  private var intake: ClueIntake {
    ClueIntake(
      source: source, enterprise: enterprise, facts: facts, measurement: measurement,
      receivedAt: receivedAt)
  }

  /// Reads a clue written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Clue {
    var id: ClueID?
    var fields = ClueIntake.CodecFields()
    var received: ActionStamp?
    var verification: Verification?
    var verified: ActionStamp?
    var filingExtension: ClueFilingExtension?
    var disposition: Disposition?
    var disposed: ActionStamp?
    var dismissalReason: String?
    var inspection: InspectionID?
    var caseID: CaseID?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "received": received = try r.readStamp()
      case "verification": verification = try r.readEnum(Verification.self)
      case "verified": verified = try r.readStamp()
      case "filingExtension": filingExtension = try ClueFilingExtension.read(from: &r)
      case "disposition": disposition = try r.readEnum(Disposition.self)
      case "disposed": disposed = try r.readStamp()
      case "dismissalReason": dismissalReason = try r.readString()
      case "inspection": inspection = try r.readID()
      case "case": caseID = try r.readID()
      default: if try !fields.read(key, from: &r) { try r.skipValue() }
      }
    }
    let intake = try fields.intake(reader)
    var clue = Clue(
      id: try reader.required(id, "id"), source: intake.source, enterprise: intake.enterprise,
      facts: intake.facts, measurement: intake.measurement, receivedAt: intake.receivedAt,
      received: try reader.required(received, "received"))
    clue.verification = verification
    clue.verified = verified
    clue.filingExtension = filingExtension
    clue.disposition = disposition
    clue.disposed = disposed
    clue.dismissalReason = dismissalReason
    clue.inspection = inspection
    clue.caseID = caseID
    return clue
  }
}
