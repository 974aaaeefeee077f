import CaseDeskDomain

/// JSON encoding of what an officer fills in to plan an inspection.
///
/// `{"enterprise","kind","mode","plannedOn","officers","reason"}`; the mode and reason are left
/// out when nil, the officer list when empty.
extension InspectionPlan {
  /// Writes the plan as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("enterprise", enterprise)
      w.field("kind", kind)
      w.field("mode", mode)
      w.field("plannedOn", plannedOn)
      if !officers.isEmpty { w.field("officers", ids: officers) }
      if let reason {
        w.key("reason")
        reason.write(to: &w)
      }
    }
  }

  /// Reads a plan written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionPlan {
    var enterprise: EnterpriseID?
    var kind: Inspection.Kind?
    var mode: Inspection.Mode?
    var plannedOn: Day?
    var officers: [StaffID] = []
    var reason: Inspection.Reason?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "enterprise": enterprise = try r.readID()
      case "kind": kind = try r.readEnum(Inspection.Kind.self)
      case "mode": mode = try r.readEnum(Inspection.Mode.self)
      case "plannedOn": plannedOn = try r.readDay()
      case "officers": officers = try r.readIDs()
      case "reason": reason = try Inspection.Reason.read(from: &r)
      default: try r.skipValue()
      }
    }
    return InspectionPlan(
      enterprise: try reader.required(enterprise, "enterprise"),
      kind: try reader.required(kind, "kind"), mode: mode,
      plannedOn: try reader.required(plannedOn, "plannedOn"), officers: officers, reason: reason)
  }
}
