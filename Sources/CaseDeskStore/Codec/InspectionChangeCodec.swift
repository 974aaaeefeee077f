import CaseDeskDomain

/// Journal encoding of `InspectionChange`: a type name (after `inspection.`) and a JSON object.
///
/// Every object names its inspection as `id`. `planned` writes the `PlannedInspection` record
/// as it is; the other types carry their payload next to the id, and all of them are read in
/// one pass into `Fields` (a key means the same thing in every type).
enum InspectionChangeCodec {
  /// Every type name, in the order of the `InspectionChange` cases.
  static let typeNames: [String] = [
    "planned", "approved", "withdrawn", "scannedIn", "resultRecorded",
    "healthCheckProblemVerified", "evaluated", "filed", "supervisorInvited",
    "supervisorParticipationRecorded", "caseOpened",
  ]

  /// Writes the change's fields and returns its type name.
  static func encode(_ change: InspectionChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .planned(let plan):
      plan.write(to: &writer)
      return "planned"
    case .approved(let id, let approvalFormNumber, let noticeNumber):
      writer.object { w in
        w.field("id", id)
        w.field("approvalFormNumber", approvalFormNumber)
        w.field("noticeNumber", noticeNumber)
      }
      return "approved"
    case .withdrawn(let id, let reason):
      writer.object { w in
        w.field("id", id)
        w.field("reason", reason)
      }
      return "withdrawn"
    case .scannedIn(let id, let scannedAt, let place, let officers, let verification):
      writer.object { w in
        w.field("id", id)
        w.field("scannedAt", scannedAt)
        w.field("place", place)
        if !officers.isEmpty { w.field("officers", array: officers) { $1.write(to: &$0) } }
        w.field("verification", verification)
      }
      return "scannedIn"
    case .resultRecorded(let id, let outcome, let findings, let problems):
      writer.object { w in
        w.field("id", id)
        w.field("outcome", outcome)
        w.field("findings", findings)
        if !problems.isEmpty { w.field("healthCheckProblems", strings: problems) }
      }
      return "resultRecorded"
    case .healthCheckProblemVerified(let id, let problem, let isFixed, let verifiedOn, let officer):
      writer.object { w in
        w.field("id", id)
        w.field("problem", problem)
        w.field("fixed", isFixed)
        w.field("verifiedOn", verifiedOn)
        w.field("officer", officer)
      }
      return "healthCheckProblemVerified"
    case .evaluated(let id, let evaluation):
      writer.object { w in
        w.field("id", id)
        w.field("evaluation", evaluation)
      }
      return "evaluated"
    case .filed(let id):
      writer.object { $0.field("id", id) }
      return "filed"
    case .supervisorInvited(let id, let supervisor):
      writer.object { w in
        w.field("id", id)
        w.field("supervisor", supervisor)
      }
      return "supervisorInvited"
    case .supervisorParticipationRecorded(let id, let supervisor, let participated, let opinion):
      writer.object { w in
        w.field("id", id)
        w.field("supervisor", supervisor)
        w.field("participated", participated)
        w.field("opinion", opinion)
      }
      return "supervisorParticipationRecorded"
    case .caseOpened(let id, let caseID):
      writer.object { w in
        w.field("id", id)
        w.field("case", caseID)
      }
      return "caseOpened"
    }
  }

  /// Reads a change of the given type name; unknown keys are skipped.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> InspectionChange
  {
    if type == "planned" { return .planned(try PlannedInspection.read(from: &reader)) }
    guard typeNames.contains(where: { $0 == type }) else {
      throw reader.error("unknown inspection change type \(type)")
    }
    var fields = Fields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      try fields.read(key, from: &r)
    }
    let id: InspectionID = try reader.required(fields.id, "id")
    switch type {
    case "approved":
      return .approved(
        id,
        approvalFormNumber: try reader.required(fields.approvalFormNumber, "approvalFormNumber"),
        noticeNumber: try reader.required(fields.noticeNumber, "noticeNumber"))
    case "withdrawn":
      return .withdrawn(id, reason: try reader.required(fields.reason, "reason"))
    case "scannedIn":
      return .scannedIn(
        id, scannedAt: try reader.required(fields.scannedAt, "scannedAt"),
        place: try reader.required(fields.place, "place"), officers: fields.officers,
        verification: try reader.required(fields.verification, "verification"))
    case "resultRecorded":
      return .resultRecorded(
        id, outcome: try reader.required(fields.outcome, "outcome"),
        findings: try reader.required(fields.findings, "findings"),
        healthCheckProblems: fields.healthCheckProblems)
    case "healthCheckProblemVerified":
      return .healthCheckProblemVerified(
        id, problem: try reader.required(fields.problem, "problem"),
        isFixed: try reader.required(fields.fixed, "fixed"),
        verifiedOn: try reader.required(fields.verifiedOn, "verifiedOn"),
        officer: try reader.required(fields.officer, "officer"))
    case "evaluated":
      return .evaluated(id, try reader.required(fields.evaluation, "evaluation"))
    case "filed":
      return .filed(id)
    case "supervisorInvited":
      return .supervisorInvited(id, try reader.required(fields.supervisor, "supervisor"))
    case "supervisorParticipationRecorded":
      return .supervisorParticipationRecorded(
        id, try reader.required(fields.supervisor, "supervisor"),
        participated: try reader.required(fields.participated, "participated"),
        opinion: fields.opinion)
    case "caseOpened":
      return .caseOpened(id, try reader.required(fields.caseID, "case"))
    default:
      throw reader.error("unknown inspection change type \(type)")
    }
  }

  /// Every key an inspection change may carry, collected in one pass over the object.
  private struct Fields {
    var id: InspectionID?
    var approvalFormNumber: String?
    var noticeNumber: String?
    var reason: String?
    var scannedAt: Timestamp?
    var place: String?
    var officers: [InspectionScanIn.Officer] = []
    var verification: InspectionScanIn.Verification?
    var outcome: Inspection.Outcome?
    var findings: String?
    var healthCheckProblems: [String] = []
    var problem: Int?
    var fixed: Bool?
    var verifiedOn: Day?
    var officer: StaffID?
    var evaluation: Inspection.Evaluation?
    var supervisor: SupervisorID?
    var participated: Bool?
    var opinion: String?
    var caseID: CaseID?

    /// Reads the value of one key (skipping keys no inspection change has).
    mutating func read(_ key: String, from r: inout JSONReader) throws(CodecError) {
      switch key {
      case "id": id = try r.readID()
      case "approvalFormNumber": approvalFormNumber = try r.readString()
      case "noticeNumber": noticeNumber = try r.readString()
      case "reason": reason = try r.readString()
      case "scannedAt": scannedAt = try r.readTimestamp()
      case "place": place = try r.readString()
      case "officers": officers = try InspectionScanIn.Officer.readList(from: &r)
      case "verification": verification = try r.readEnum(InspectionScanIn.Verification.self)
      case "outcome": outcome = try r.readEnum(Inspection.Outcome.self)
      case "findings": findings = try r.readString()
      case "healthCheckProblems": healthCheckProblems = try r.readStrings()
      case "problem": problem = try r.readInt()
      case "fixed": fixed = try r.readBool()
      case "verifiedOn": verifiedOn = try r.readDay()
      case "officer": officer = try r.readID()
      case "evaluation": evaluation = try r.readEnum(Inspection.Evaluation.self)
      case "supervisor": supervisor = try r.readID()
      case "participated": participated = try r.readBool()
      case "opinion": opinion = try r.readString()
      case "case": caseID = try r.readID()
      default: try r.skipValue()
      }
    }
  }
}
