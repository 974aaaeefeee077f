import CaseDeskDomain

/// JSON encoding of a new inspection plan's recorded facts (the data of `inspection.planned`).
///
/// `{"id","enterprise","kind","mode","plannedOn","officers","reason","positiveListException"}`;
/// the reason is left out when nil, the officer list when empty, and the exception mark when
/// false.
extension PlannedInspection {
  /// Writes the plan as one JSON object.
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
    }
  }

  /// Reads a plan written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PlannedInspection {
    var id: InspectionID?
    var enterprise: EnterpriseID?
    var kind: Inspection.Kind?
    var mode: Inspection.Mode?
    var plannedOn: Day?
    var officers: [StaffID] = []
    var reason: Inspection.Reason?
    var exception = false
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "kind": kind = try r.readEnum(Inspection.Kind.self)
      case "mode": mode = try r.readEnum(Inspection.Mode.self)
      case "plannedOn": plannedOn = try r.readDay()
      case "officers": officers = try r.readIDs()
      case "reason": reason = try Inspection.Reason.read(from: &r)
      case "positiveListException": exception = try r.readBool()
      default: try r.skipValue()
      }
    }
    return PlannedInspection(
      id: try reader.required(id, "id"), enterprise: try reader.required(enterprise, "enterprise"),
      kind: try reader.required(kind, "kind"), mode: try reader.required(mode, "mode"),
      plannedOn: try reader.required(plannedOn, "plannedOn"), officers: officers, reason: reason,
      isPositiveListException: exception)
  }
}
