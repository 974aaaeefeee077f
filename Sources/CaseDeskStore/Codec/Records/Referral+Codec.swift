import CaseDeskDomain

/// The JSON encoding of a whole referral, as the snapshot holds it.
///
/// Ticked documents are an object from document name to document number, in the documents'
/// natural order; empty lists and nil values are left out.
extension Referral {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("case", caseID)
      w.field("enterprise", enterprise)
      w.key("ground")
      ground.write(to: &w)
      if !responsiblePersons.isEmpty { w.field("responsiblePersons", strings: responsiblePersons) }
      w.field("stage", stage)
      w.field("drafted", drafted)
      if !documents.isEmpty {
        w.key("documents")
        w.object { d in
          for (document, number) in documents.sorted(by: { $0.key < $1.key }) {
            d.field(document.rawValue, number)
          }
        }
      }
      w.field("approval", approval)
      if let handOver {
        w.key("handOver")
        handOver.write(to: &w)
      }
      if let receipt {
        w.key("receipt")
        receipt.write(to: &w)
      }
      if !materialRequests.isEmpty {
        w.field("materialRequests", array: materialRequests) { $1.write(to: &$0) }
      }
      if let policeDecision {
        w.key("policeDecision")
        policeDecision.write(to: &w)
      }
      if let reconsideration {
        w.key("reconsideration")
        reconsideration.write(to: &w)
      }
      w.field("supervisionNote", supervisionNote)
      w.field("supervision", supervision)
      w.field("closingNote", closingNote)
      w.field("closed", closed)
      w.field("cancellationReason", cancellationReason)
      w.field("cancelled", cancelled)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Referral {
    var id: ReferralID?
    var caseID: CaseID?
    var enterprise: EnterpriseID?
    var ground: ReferralGround?
    var responsiblePersons: [String] = []
    var stage: ReferralStage?
    var drafted: ActionStamp?
    var documents: [ReferralDocument: String] = [:]
    var approval: ActionStamp?
    var handOver: ReferralHandOver?
    var receipt: PoliceReceipt?
    var materialRequests: [MaterialRequest] = []
    var policeDecision: PoliceDecisionRecord?
    var reconsideration: Reconsideration?
    var supervisionNote: String?
    var supervision: ActionStamp?
    var closingNote: String?
    var closed: ActionStamp?
    var cancellationReason: String?
    var cancelled: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "case": caseID = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "ground": ground = try ReferralGround.read(from: &r)
      case "responsiblePersons": responsiblePersons = try r.readStrings()
      case "stage": stage = try r.readEnum(ReferralStage.self)
      case "drafted": drafted = try r.readStamp()
      case "documents":
        try r.readObject { (d: inout JSONReader, name: String) throws(CodecError) in
          guard let document = ReferralDocument(rawValue: name) else {
            throw d.error("unknown referral document \(name)")
          }
          documents[document] = try d.readString()
        }
      case "approval": approval = try r.readStamp()
      case "handOver": handOver = try ReferralHandOver.read(from: &r)
      case "receipt": receipt = try PoliceReceipt.read(from: &r)
      case "materialRequests":
        materialRequests = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try MaterialRequest.read(from: &e)
        })
      case "policeDecision": policeDecision = try PoliceDecisionRecord.read(from: &r)
      case "reconsideration": reconsideration = try Reconsideration.read(from: &r)
      case "supervisionNote": supervisionNote = try r.readString()
      case "supervision": supervision = try r.readStamp()
      case "closingNote": closingNote = try r.readString()
      case "closed": closed = try r.readStamp()
      case "cancellationReason": cancellationReason = try r.readString()
      case "cancelled": cancelled = try r.readStamp()
      default: try r.skipValue()
      }
    }
    let draft = try ReferralDraft(
      caseID: reader.required(caseID, "case"), ground: reader.required(ground, "ground"),
      responsiblePersons: responsiblePersons)
    var record = try Referral(
      id: reader.required(id, "id"), draft: draft,
      enterprise: reader.required(enterprise, "enterprise"),
      drafted: reader.required(drafted, "drafted"))
    record.stage = try reader.required(stage, "stage")
    record.documents = documents
    record.approval = approval
    record.handOver = handOver
    record.receipt = receipt
    record.materialRequests = materialRequests
    record.policeDecision = policeDecision
    record.reconsideration = reconsideration
    record.supervisionNote = supervisionNote
    record.supervision = supervision
    record.closingNote = closingNote
    record.closed = closed
    record.cancellationReason = cancellationReason
    record.cancelled = cancelled
    return record
  }
}
