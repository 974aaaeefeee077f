import CaseDeskDomain

/// Journal encoding of `ReferralChange`: a type name (after `referral.`) and a JSON object.
///
/// The type name is the change case's own name (`referralDrafted`, `handedOver`); the object
/// holds the referral id as `referral` and the change's data under the names of its labels.
/// Instants are integer UTC seconds.
enum ReferralChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ReferralChange, into writer: inout JSONWriter) -> String {
    var type = ""
    writer.object { w in
      w.field("referral", change.referralID)
      type = encodeData(change, into: &w)
    }
    return type
  }

  /// Writes the fields after `referral` and returns the type name.
  private static func encodeData(_ change: ReferralChange, into w: inout JSONWriter) -> String {
    switch change {
    case .referralDrafted(_, let draft, let enterprise):
      w.key("draft")
      draft.write(to: &w)
      w.field("enterprise", enterprise)
      return "referralDrafted"
    case .documentTicked(_, let document, let documentNumber):
      w.field("document", document)
      w.field("documentNumber", documentNumber)
      return "documentTicked"
    case .documentUnticked(_, let document):
      w.field("document", document)
      return "documentUnticked"
    case .referralApproved: return "referralApproved"
    case .handedOver(_, let policeUnit, let time, let procuratorateCopy):
      w.field("policeUnit", policeUnit)
      w.field("at", time)
      w.field("procuratorateCopy", procuratorateCopy)
      return "handedOver"
    case .receiptRecorded(_, let time, let receiptNumber):
      w.field("at", time)
      w.field("receiptNumber", receiptNumber)
      return "receiptRecorded"
    case .materialRequested(_, let time, let items):
      w.field("at", time)
      w.field("items", items)
      return "materialRequested"
    case .materialSupplied(_, let note):
      w.field("note", note)
      return "materialSupplied"
    case .policeDecisionRecorded(_, let decision, let decidedOn):
      w.key("decision")
      decision.write(to: &w)
      w.field("decidedOn", decidedOn)
      return "policeDecisionRecorded"
    case .refusalReasonsRecorded(_, let reasons):
      w.field("reasons", reasons)
      return "refusalReasonsRecorded"
    case .reconsiderationRequested(_, let grounds):
      w.field("grounds", grounds)
      return "reconsiderationRequested"
    case .reconsiderationAnswered(_, let answer):
      w.key("answer")
      answer.write(to: &w)
      return "reconsiderationAnswered"
    case .supervisionRequested(_, let note):
      w.field("note", note)
      return "supervisionRequested"
    case .referralClosed(_, let note):
      w.field("note", note)
      return "referralClosed"
    case .referralCancelled(_, let reason):
      w.field("reason", reason)
      return "referralCancelled"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ReferralChange
  {
    var id: ReferralID?
    var draft: ReferralDraft?
    var enterprise: EnterpriseID?
    var document: ReferralDocument?
    var documentNumber: String?
    var policeUnit: String?
    var time: Timestamp?
    var procuratorateCopy: String?
    var receiptNumber: String?
    var items: String?
    var note: String?
    var decision: PoliceDecision?
    var decidedOn: Day?
    var reasons: String?
    var grounds: String?
    var answer: ReconsiderationAnswer?
    var reason: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "referral": id = try r.readID()
      case "draft": draft = try ReferralDraft.read(from: &r)
      case "enterprise": enterprise = try r.readID()
      case "document": document = try r.readEnum(ReferralDocument.self)
      case "documentNumber": documentNumber = try r.readString()
      case "policeUnit": policeUnit = try r.readString()
      case "at": time = try r.readTimestamp()
      case "procuratorateCopy": procuratorateCopy = try r.readString()
      case "receiptNumber": receiptNumber = try r.readString()
      case "items": items = try r.readString()
      case "note": note = try r.readString()
      case "decision": decision = try PoliceDecision.read(from: &r)
      case "decidedOn": decidedOn = try r.readDay()
      case "reasons": reasons = try r.readString()
      case "grounds": grounds = try r.readString()
      case "answer": answer = try ReconsiderationAnswer.read(from: &r)
      case "reason": reason = try r.readString()
      default: try r.skipValue()
      }
    }
    let referral = try reader.required(id, "referral")
    switch type {
    case "referralDrafted":
      return .referralDrafted(
        referral, try reader.required(draft, "draft"),
        enterprise: try reader.required(enterprise, "enterprise"))
    case "documentTicked":
      return .documentTicked(
        referral, try reader.required(document, "document"),
        documentNumber: try reader.required(documentNumber, "documentNumber"))
    case "documentUnticked":
      return .documentUnticked(referral, try reader.required(document, "document"))
    case "referralApproved": return .referralApproved(referral)
    case "handedOver":
      return .handedOver(
        referral, policeUnit: try reader.required(policeUnit, "policeUnit"),
        at: try reader.required(time, "at"),
        procuratorateCopy: try reader.required(procuratorateCopy, "procuratorateCopy"))
    case "receiptRecorded":
      return .receiptRecorded(
        referral, at: try reader.required(time, "at"),
        receiptNumber: try reader.required(receiptNumber, "receiptNumber"))
    case "materialRequested":
      return .materialRequested(
        referral, at: try reader.required(time, "at"),
        items: try reader.required(items, "items"))
    case "materialSupplied":
      return .materialSupplied(referral, note: try reader.required(note, "note"))
    case "policeDecisionRecorded":
      return .policeDecisionRecorded(
        referral, try reader.required(decision, "decision"),
        decidedOn: try reader.required(decidedOn, "decidedOn"))
    case "refusalReasonsRecorded":
      return .refusalReasonsRecorded(referral, reasons: try reader.required(reasons, "reasons"))
    case "reconsiderationRequested":
      return .reconsiderationRequested(referral, grounds: try reader.required(grounds, "grounds"))
    case "reconsiderationAnswered":
      return .reconsiderationAnswered(referral, try reader.required(answer, "answer"))
    case "supervisionRequested":
      return .supervisionRequested(referral, note: try reader.required(note, "note"))
    case "referralClosed":
      return .referralClosed(referral, note: try reader.required(note, "note"))
    case "referralCancelled":
      return .referralCancelled(referral, reason: try reader.required(reason, "reason"))
    default:
      throw reader.error("unknown referral change type \(type)")
    }
  }
}
