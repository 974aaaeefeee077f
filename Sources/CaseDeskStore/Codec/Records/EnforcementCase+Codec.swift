import CaseDeskDomain

/// The JSON encoding of a whole enforcement case, as the snapshot holds it.
///
/// Empty lists and nil values are left out; reading treats them as empty and nil.
extension EnforcementCase {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("enterprise", enterprise)
      w.key("source")
      source.write(to: &w)
      w.field("violation", violation)
      w.field("legalBasis", legalBasis)
      w.field("conductOn", conductOn)
      w.field("stage", stage)
      w.field("opened", opened)
      if let number {
        w.key("number")
        number.write(to: &w)
      }
      if let filingConditions {
        w.key("filingConditions")
        filingConditions.write(to: &w)
      }
      w.field("filed", filed)
      w.field("withdrawalReason", withdrawalReason)
      w.field("withdrawn", withdrawn)
      if !officers.isEmpty { w.field("officers", ids: officers) }
      if !evidence.isEmpty { w.field("evidence", array: evidence) { $1.write(to: &$0) } }
      if !preservations.isEmpty {
        w.field("preservations", array: preservations) { $1.write(to: &$0) }
      }
      if !noCoercion.isEmpty { w.field("noCoercion", array: noCoercion) { $1.write(to: &$0) } }
      if let report {
        w.key("report")
        report.write(to: &w)
      }
      w.field("reported", reported)
      if !reviews.isEmpty { w.field("reviews", array: reviews) { $1.write(to: &$0) } }
      w.key("flags")
      flags.write(to: &w)
      w.field("round", round)
      if let priorNotice {
        w.key("priorNotice")
        priorNotice.write(to: &w)
      }
      if !statements.isEmpty { w.field("statements", array: statements) { $1.write(to: &$0) } }
      if let hearing {
        w.key("hearing")
        hearing.write(to: &w)
      }
      if !legalReviews.isEmpty {
        w.field("legalReviews", array: legalReviews) { $1.write(to: &$0) }
      }
      if !discussions.isEmpty { w.field("discussions", array: discussions) { $1.write(to: &$0) } }
      if !extensions.isEmpty { w.field("extensions", array: extensions) { $1.write(to: &$0) } }
      if !pauses.isEmpty { w.field("pauses", array: pauses) { $1.write(to: &$0) } }
      if let decision {
        w.key("decision")
        decision.write(to: &w)
      }
      if !supersededDecisions.isEmpty {
        w.field("supersededDecisions", array: supersededDecisions) { $1.write(to: &$0) }
      }
      if let service {
        w.key("service")
        service.write(to: &w)
      }
      if !payments.isEmpty { w.field("payments", array: payments) { $1.write(to: &$0) } }
      if !instalments.isEmpty { w.field("instalments", array: instalments) { $1.write(to: &$0) } }
      if !enforcement.isEmpty { w.field("enforcement", array: enforcement) { $1.write(to: &$0) } }
      if !rechecks.isEmpty { w.field("rechecks", array: rechecks) { $1.write(to: &$0) } }
      w.field("closed", closed)
      w.field("archived", archived)
      if !supervisors.isEmpty { w.field("supervisors", array: supervisors) { $1.write(to: &$0) } }
      if !referrals.isEmpty { w.field("referrals", ids: referrals) }
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EnforcementCase {
    var id: CaseID?
    var enterprise: EnterpriseID?
    var source: CaseSource?
    var violation: String?
    var legalBasis: String?
    var conductOn: Day?
    var stage: CaseStage?
    var opened: ActionStamp?
    var number: CaseNumber?
    var filingConditions: FilingConditions?
    var filed: ActionStamp?
    var withdrawalReason: String?
    var withdrawn: ActionStamp?
    var officers: [StaffID] = []
    var evidence: [EvidenceRecord] = []
    var preservations: [EvidencePreservation] = []
    var noCoercion: [NoCoercionRecord] = []
    var report: InvestigationReport?
    var reported: ActionStamp?
    var reviews: [CaseReviewRecord] = []
    var flags: CaseFlags?
    var round: Int?
    var priorNotice: PriorNoticeRecord?
    var statements: [PartyStatement] = []
    var hearing: HearingRecord?
    var legalReviews: [LegalReviewRecord] = []
    var discussions: [CollectiveDiscussion] = []
    var extensions: [CaseExtension] = []
    var pauses: [ClockPause] = []
    var decision: DecisionRecord?
    var supersededDecisions: [DecisionRecord] = []
    var service: ServiceRecord?
    var payments: [Payment] = []
    var instalments: [Instalment] = []
    var enforcement: [EnforcementRecord] = []
    var rechecks: [RecheckRecord] = []
    var closed: ActionStamp?
    var archived: ActionStamp?
    var supervisors: [SupervisorParticipation] = []
    var referrals: [ReferralID] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "source": source = try CaseSource.read(from: &r)
      case "violation": violation = try r.readString()
      case "legalBasis": legalBasis = try r.readString()
      case "conductOn": conductOn = try r.readDay()
      case "stage": stage = try r.readEnum(CaseStage.self)
      case "opened": opened = try r.readStamp()
      case "number": number = try CaseNumber.read(from: &r)
      case "filingConditions": filingConditions = try FilingConditions.read(from: &r)
      case "filed": filed = try r.readStamp()
      case "withdrawalReason": withdrawalReason = try r.readString()
      case "withdrawn": withdrawn = try r.readStamp()
      case "officers": officers = try r.readIDs()
      case "evidence":
        evidence = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try EvidenceRecord.read(from: &e)
        })
      case "preservations":
        preservations = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try EvidencePreservation.read(from: &e)
        })
      case "noCoercion":
        noCoercion = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try NoCoercionRecord.read(from: &e)
        })
      case "report": report = try InvestigationReport.read(from: &r)
      case "reported": reported = try r.readStamp()
      case "reviews":
        reviews = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try CaseReviewRecord.read(from: &e)
        })
      case "flags": flags = try CaseFlags.read(from: &r)
      case "round": round = try r.readInt()
      case "priorNotice": priorNotice = try PriorNoticeRecord.read(from: &r)
      case "statements":
        statements = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try PartyStatement.read(from: &e)
        })
      case "hearing": hearing = try HearingRecord.read(from: &r)
      case "legalReviews":
        legalReviews = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try LegalReviewRecord.read(from: &e)
        })
      case "discussions":
        discussions = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try CollectiveDiscussion.read(from: &e)
        })
      case "extensions":
        extensions = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try CaseExtension.read(from: &e)
        })
      case "pauses":
        pauses = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try ClockPause.read(from: &e)
        })
      case "decision": decision = try DecisionRecord.read(from: &r)
      case "supersededDecisions":
        supersededDecisions = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try DecisionRecord.read(from: &e)
        })
      case "service": service = try ServiceRecord.read(from: &r)
      case "payments":
        payments = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try Payment.read(from: &e)
        })
      case "instalments":
        instalments = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try Instalment.read(from: &e)
        })
      case "enforcement":
        enforcement = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try EnforcementRecord.read(from: &e)
        })
      case "rechecks":
        rechecks = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try RecheckRecord.read(from: &e)
        })
      case "closed": closed = try r.readStamp()
      case "archived": archived = try r.readStamp()
      case "supervisors":
        supervisors = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try SupervisorParticipation.read(from: &e)
        })
      case "referrals": referrals = try r.readIDs()
      default: try r.skipValue()
      }
    }
    let opening = try CaseOpening(
      enterprise: reader.required(enterprise, "enterprise"),
      source: reader.required(source, "source"), violation: reader.required(violation, "violation"),
      legalBasis: reader.required(legalBasis, "legalBasis"),
      conductOn: reader.required(conductOn, "conductOn"))
    var record = try EnforcementCase(
      id: reader.required(id, "id"), opening: opening, opened: reader.required(opened, "opened"))
    record.stage = try reader.required(stage, "stage")
    record.number = number
    record.filingConditions = filingConditions
    record.filed = filed
    record.withdrawalReason = withdrawalReason
    record.withdrawn = withdrawn
    record.officers = officers
    record.evidence = evidence
    record.preservations = preservations
    record.noCoercion = noCoercion
    record.report = report
    record.reported = reported
    record.reviews = reviews
    record.flags = try reader.required(flags, "flags")
    record.round = try reader.required(round, "round")
    record.priorNotice = priorNotice
    record.statements = statements
    record.hearing = hearing
    record.legalReviews = legalReviews
    record.discussions = discussions
    record.extensions = extensions
    record.pauses = pauses
    record.decision = decision
    record.supersededDecisions = supersededDecisions
    record.service = service
    record.payments = payments
    record.instalments = instalments
    record.enforcement = enforcement
    record.rechecks = rechecks
    record.closed = closed
    record.archived = archived
    record.supervisors = supervisors
    record.referrals = referrals
    return record
  }
}
