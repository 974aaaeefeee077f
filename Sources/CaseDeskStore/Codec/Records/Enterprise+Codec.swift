import CaseDeskDomain

/// The JSON form of an enterprise in the register (in enterprise changes and the snapshot).
///
/// Every non-optional field is written; optional ones are left out when nil. On reading,
/// `uscc`, `name` and `district` are required and every other field falls back to the value
/// `Enterprise.init` gives it, so older files without a newer field still load.
extension Enterprise {
  /// Writes the enterprise as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("uscc", uscc)
      w.field("usccOverrideReason", usccOverrideReason)
      w.field("name", name)
      w.field("shortName", shortName)
      w.field("district", district)
      w.field("industry", industry)
      w.field("ownership", ownership)
      w.field("tier", tier)
      w.field("keyDischargeUnit", isKeyDischargeUnit)
      w.field("monitoring", monitoring)
      w.field("address", address)
      w.field("legalRepresentative", legalRepresentative)
      w.field("contactPerson", contactPerson)
      w.field("contactPhone", contactPhone)
      w.field("commissioner", commissioner)
      w.field("commissionerHistory", array: commissionerHistory) { $1.write(to: &$0) }
      w.field("qrCodeDeliveredOn", qrCodeDeliveredOn)
      w.field("tags", strings: tags)
      w.field("notes", notes)
      w.key("permit")
      permit.write(to: &w)
      w.field("positiveList", positiveList)
      w.field("registered", ActionStamp(actor: registeredBy, time: registeredAt))
    }
  }

  /// Reads an enterprise written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Enterprise {
    var uscc: String?
    var name: String?
    var district: String?
    var enterprise = Enterprise(uscc: "", name: "", district: "")
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "uscc": uscc = try r.readString()
      case "usccOverrideReason": enterprise.usccOverrideReason = try r.readString()
      case "name": name = try r.readString()
      case "shortName": enterprise.shortName = try r.readString()
      case "district": district = try r.readString()
      case "industry": enterprise.industry = try r.readString()
      case "ownership": enterprise.ownership = try r.readString()
      case "tier": enterprise.tier = try r.readEnum(Tier.self)
      case "keyDischargeUnit": enterprise.isKeyDischargeUnit = try r.readBool()
      case "monitoring": enterprise.monitoring = try r.readEnum(Monitoring.self)
      case "address": enterprise.address = try r.readString()
      case "legalRepresentative": enterprise.legalRepresentative = try r.readString()
      case "contactPerson": enterprise.contactPerson = try r.readString()
      case "contactPhone": enterprise.contactPhone = try r.readString()
      case "commissioner": enterprise.commissioner = try r.readID()
      case "commissionerHistory":
        enterprise.commissionerHistory = try r.readArray(
          of: { (e: inout JSONReader) throws(CodecError) in
            try CommissionerAssignment.read(from: &e)
          })
      case "qrCodeDeliveredOn": enterprise.qrCodeDeliveredOn = try r.readDay()
      case "tags": enterprise.tags = try r.readStrings()
      case "notes": enterprise.notes = try r.readString()
      case "permit": enterprise.permit = try PermitFacts.read(from: &r)
      case "positiveList": enterprise.positiveList = try r.readEnum(PositiveListStatus.self)
      case "registered":
        let stamp = try r.readStamp()
        enterprise.registeredBy = stamp.actor
        enterprise.registeredAt = stamp.time
      default: try r.skipValue()
      }
    }
    enterprise.uscc = try reader.required(uscc, "uscc")
    enterprise.name = try reader.required(name, "name")
    enterprise.district = try reader.required(district, "district")
    return enterprise
  }
}

/// The JSON form of the permit facts the positive-list criteria check.
///
/// `{"permitsComplete"?,"facilitiesRunning"?,"executionReportsFiled"?,"category"?,
/// "emergencies":[days]}`; an unknown fact (nil) is left out.
extension Enterprise.PermitFacts {
  /// Writes the facts as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("permitsComplete", permitsComplete)
      w.field("facilitiesRunning", facilitiesRunning)
      w.field("executionReportsFiled", executionReportsFiled)
      w.field("category", category)
      w.field("emergencies", days: emergencies)
    }
  }

  /// Reads facts written by `write(to:)`; a missing fact is unknown.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Enterprise.PermitFacts {
    var facts = Enterprise.PermitFacts()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "permitsComplete": facts.permitsComplete = try r.readBool()
      case "facilitiesRunning": facts.facilitiesRunning = try r.readBool()
      case "executionReportsFiled": facts.executionReportsFiled = try r.readBool()
      case "category": facts.category = try r.readEnum(Enterprise.FacilityCategory.self)
      case "emergencies": facts.emergencies = try r.readDays()
      default: try r.skipValue()
      }
    }
    return facts
  }
}

/// The JSON form of one commissioner assignment: `{"commissioner","from","until"?,"by"}`.
extension Enterprise.CommissionerAssignment {
  /// Writes the assignment as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("commissioner", commissioner)
      w.field("from", from)
      w.field("until", until)
      w.field("by", assignedBy)
    }
  }

  /// Reads an assignment written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> Enterprise.CommissionerAssignment
  {
    var commissioner: StaffID?
    var from: Day?
    var until: Day?
    var assignedBy: Actor?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "commissioner": commissioner = try r.readID()
      case "from": from = try r.readDay()
      case "until": until = try r.readDay()
      case "by": assignedBy = try r.readActor()
      default: try r.skipValue()
      }
    }
    return Enterprise.CommissionerAssignment(
      commissioner: try reader.required(commissioner, "commissioner"),
      from: try reader.required(from, "from"), until: until,
      assignedBy: try reader.required(assignedBy, "by"))
  }
}
