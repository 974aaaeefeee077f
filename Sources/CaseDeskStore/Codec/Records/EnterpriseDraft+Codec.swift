import CaseDeskDomain

/// The JSON form of an enterprise registration form as filled in (a saved draft).
///
/// The same field names as `Enterprise`'s form, without what registration adds (commissioner,
/// history, positive-list standing, the registration stamp).
extension EnterpriseDraft {
  /// Writes the draft as one JSON object.
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
      w.field("tags", strings: tags)
      w.field("notes", notes)
      w.key("permit")
      permit.write(to: &w)
    }
  }

  /// Reads a draft written by `write(to:)`; a field left out takes the form's default.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EnterpriseDraft {
    var draft = EnterpriseDraft(uscc: "", name: "", district: "")
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "uscc": draft.uscc = try r.readString()
      case "usccOverrideReason": draft.usccOverrideReason = try r.readString()
      case "name": draft.name = try r.readString()
      case "shortName": draft.shortName = try r.readString()
      case "district": draft.district = try r.readString()
      case "industry": draft.industry = try r.readString()
      case "ownership": draft.ownership = try r.readString()
      case "tier": draft.tier = try r.readEnum(Enterprise.Tier.self)
      case "keyDischargeUnit": draft.isKeyDischargeUnit = try r.readBool()
      case "monitoring": draft.monitoring = try r.readEnum(Enterprise.Monitoring.self)
      case "address": draft.address = try r.readString()
      case "legalRepresentative": draft.legalRepresentative = try r.readString()
      case "contactPerson": draft.contactPerson = try r.readString()
      case "contactPhone": draft.contactPhone = try r.readString()
      case "tags": draft.tags = try r.readStrings()
      case "notes": draft.notes = try r.readString()
      case "permit": draft.permit = try Enterprise.PermitFacts.read(from: &r)
      default: try r.skipValue()
      }
    }
    return draft
  }
}
