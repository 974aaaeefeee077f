import CaseDeskDomain

/// JSON encoding of an inspection record (in the snapshot).
///
/// The plan's fields come first (`id`, `enterprise`, `kind`, `mode`, `plannedOn`, `officers`,
/// `reason`, `positiveListException`, `planned`), then each later step as it was recorded:
/// `approval`, `withdrawal`, `scanIn`, `result`, `healthCheckForm`, `cases`, `evaluation`,
/// `evaluated`, `filed`, `supervisors`. Steps not taken are left out, as are empty lists and a
/// false exception mark; the stage is derived, so it is not stored.
extension Inspection {
  /// Writes the inspection as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("enterprise", enterprise)
      w.field("kind", kind)
      w.field("mode", mode)
      w.field("plannedOn", plannedOn)
      if !officers.isEmpty { w.field("officers", ids: officers) }
      if let reason {
        w.key("reason")
        reason.write(to: &w)
      }
      if isPositiveListException { w.field("positiveListException", true) }
      w.field("planned", planned)
      if let approval {
        w.key("approval")
        approval.write(to: &w)
      }
      if let withdrawal {
        w.key("withdrawal")
        withdrawal.write(to: &w)
      }
      if let scanIn {
        w.key("scanIn")
        scanIn.write(to: &w)
      }
      if let result {
        w.key("result")
        result.write(to: &w)
      }
      if let healthCheckForm {
        w.key("healthCheckForm")
        healthCheckForm.write(to: &w)
      }
      if !cases.isEmpty { w.field("cases", ids: cases) }
      w.field("evaluation", evaluation)
      w.field("evaluated", evaluated)
      w.field("filed", filed)
      if !supervisors.isEmpty { w.field("supervisors", array: supervisors) { $1.write(to: &$0) } }
    }
  }

  /// Reads an inspection written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Inspection {
    var id: InspectionID?
    var enterprise: EnterpriseID?
    var kind: Kind?
    var mode: Mode?
    var plannedOn: Day?
    var officers: [StaffID] = []
    var reason: Reason?
    var exception = false
    var planned: ActionStamp?
    var approval: InspectionApproval?
    var withdrawal: InspectionWithdrawal?
    var scanIn: InspectionScanIn?
    var result: InspectionResult?
    var healthCheckForm: HealthCheckForm?
    var cases: [CaseID] = []
    var evaluation: Evaluation?
    var evaluated: ActionStamp?
    var filed: ActionStamp?
    var supervisors: [SupervisorInvitation] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "kind": kind = try r.readEnum(Kind.self)
      case "mode": mode = try r.readEnum(Mode.self)
      case "plannedOn": plannedOn = try r.readDay()
      case "officers": officers = try r.readIDs()
      case "reason": reason = try Reason.read(from: &r)
      case "positiveListException": exception = try r.readBool()
      case "planned": planned = try r.readStamp()
      case "approval": approval = try InspectionApproval.read(from: &r)
      case "withdrawal": withdrawal = try InspectionWithdrawal.read(from: &r)
      case "scanIn": scanIn = try InspectionScanIn.read(from: &r)
      case "result": result = try InspectionResult.read(from: &r)
      case "healthCheckForm": healthCheckForm = try HealthCheckForm.read(from: &r)
      case "cases": cases = try r.readIDs()
      case "evaluation": evaluation = try r.readEnum(Evaluation.self)
      case "evaluated": evaluated = try r.readStamp()
      case "filed": filed = try r.readStamp()
      case "supervisors":
        supervisors = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try SupervisorInvitation.read(from: &e)
        })
      default: try r.skipValue()
      }
    }
    var inspection = Inspection(
      id: try reader.required(id, "id"), enterprise: try reader.required(enterprise, "enterprise"),
      kind: try reader.required(kind, "kind"), mode: try reader.required(mode, "mode"),
      plannedOn: try reader.required(plannedOn, "plannedOn"), officers: officers, reason: reason,
      isPositiveListException: exception, planned: try reader.required(planned, "planned"))
    inspection.approval = approval
    inspection.withdrawal = withdrawal
    inspection.scanIn = scanIn
    inspection.result = result
    inspection.healthCheckForm = healthCheckForm
    inspection.cases = cases
    inspection.evaluation = evaluation
    inspection.evaluated = evaluated
    inspection.filed = filed
    inspection.supervisors = supervisors
    return inspection
  }
}
