import CaseDeskDomain

/// Every field a case change's JSON object can hold, read in one pass over the object.
///
/// Keys mean the same thing in every change type, except `outcome`: a preservation outcome name
/// in `preservationDecided`, a review outcome object elsewhere. Unknown keys are skipped.
struct CaseChangeFields {
  var id: CaseID?
  var opening: CaseOpening?
  var number: CaseNumber?
  var conditions: FilingConditions?
  var reason: String?
  var officers: [StaffID] = []
  var evidence: EvidenceRecord?
  var items: String?
  var index: Int?
  var preservationOutcome: PreservationOutcome?
  var note: String?
  var listItem: String?
  var report: InvestigationReport?
  var outcome: ReviewOutcome?
  var flags: CaseFlags?
  var notice: PriorNotice?
  var text: String?
  var waivesHearing: Bool?
  var requestedOn: Day?
  var hearingOn: Day?
  var noticeServedOn: Day?
  var heldOn: Day?
  var record: String?
  var checklist: LegalReviewChecklist?
  var minutes: String?
  var conclusion: String?
  var days: Int?
  var collectiveMinutes: String?
  var pauseKind: ClockPauseKind?
  var on: Day?
  var decision: CaseDecision?
  var documentNumber: String?
  var decidedOn: Day?
  var referral: ReferralID?
  var servedOn: Day?
  var way: ServiceWay?
  var amountFen: Int?
  var paidOn: Day?
  var receipt: String?
  var instalments: [Instalment] = []
  var action: EnforcementAction?
  var checkedOn: Day?
  var correctionHeld: Bool?
  var supervisor: SupervisorID?
  var opinion: String?

  /// Reads the value of `key` in a change of type `type`, or skips it when the key is unknown.
  mutating func read(_ key: String, of type: Substring, from r: inout JSONReader)
    throws(CodecError)
  {
    switch key {
    case "case": id = try r.readID()
    case "opening": opening = try CaseOpening.read(from: &r)
    case "number": number = try CaseNumber.read(from: &r)
    case "conditions": conditions = try FilingConditions.read(from: &r)
    case "reason": reason = try r.readString()
    case "officers": officers = try r.readIDs()
    case "evidence": evidence = try EvidenceRecord.read(from: &r)
    case "items": items = try r.readString()
    case "index": index = try r.readInt()
    case "outcome":
      if type == "preservationDecided" {
        preservationOutcome = try r.readEnum(PreservationOutcome.self)
      } else {
        outcome = try ReviewOutcome.read(from: &r)
      }
    case "note": note = try r.readString()
    case "listItem": listItem = try r.readString()
    case "report": report = try InvestigationReport.read(from: &r)
    case "flags": flags = try CaseFlags.read(from: &r)
    case "notice": notice = try PriorNotice.read(from: &r)
    case "text": text = try r.readString()
    case "waivesHearing": waivesHearing = try r.readBool()
    case "requestedOn": requestedOn = try r.readDay()
    case "hearingOn": hearingOn = try r.readDay()
    case "noticeServedOn": noticeServedOn = try r.readDay()
    case "heldOn": heldOn = try r.readDay()
    case "record": record = try r.readString()
    case "checklist": checklist = try LegalReviewChecklist.read(from: &r)
    case "minutes": minutes = try r.readString()
    case "conclusion": conclusion = try r.readString()
    case "days": days = try r.readInt()
    case "collectiveMinutes": collectiveMinutes = try r.readString()
    case "kind": pauseKind = try r.readEnum(ClockPauseKind.self)
    case "on": on = try r.readDay()
    case "decision": decision = try CaseDecision.read(from: &r)
    case "documentNumber": documentNumber = try r.readString()
    case "decidedOn": decidedOn = try r.readDay()
    case "referral": referral = try r.readID()
    case "servedOn": servedOn = try r.readDay()
    case "way": way = try r.readEnum(ServiceWay.self)
    case "amountFen": amountFen = try r.readInt()
    case "paidOn": paidOn = try r.readDay()
    case "receipt": receipt = try r.readString()
    case "instalments":
      instalments = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
        try Instalment.read(from: &e)
      })
    case "action": action = try EnforcementAction.read(from: &r)
    case "checkedOn": checkedOn = try r.readDay()
    case "correctionHeld": correctionHeld = try r.readBool()
    case "supervisor": supervisor = try r.readID()
    case "opinion": opinion = try r.readString()
    default: try r.skipValue()
    }
  }
}
