import CaseDeskDomain

/// The JSON form of one edited enterprise field: `{"kind":"caseName","value":…}`.
///
/// The kind is the case name (`name`, `tier`, `keyDischargeUnit`, `facilityCategory`, …). An
/// optional value that is nil (monitoring or a permit fact set back to unknown) is written
/// without `value`.
extension Enterprise.Field {
  /// Writes the field as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .name(let value): w.kindAndValue("name", value)
      case .shortName(let value): w.kindAndValue("shortName", value)
      case .district(let value): w.kindAndValue("district", value)
      case .industry(let value): w.kindAndValue("industry", value)
      case .ownership(let value): w.kindAndValue("ownership", value)
      case .tier(let value):
        w.field("kind", "tier")
        w.field("value", value)
      case .keyDischargeUnit(let value):
        w.field("kind", "keyDischargeUnit")
        w.field("value", value)
      case .monitoring(let value):
        w.field("kind", "monitoring")
        w.field("value", value)
      case .address(let value): w.kindAndValue("address", value)
      case .legalRepresentative(let value): w.kindAndValue("legalRepresentative", value)
      case .contactPerson(let value): w.kindAndValue("contactPerson", value)
      case .contactPhone(let value): w.kindAndValue("contactPhone", value)
      case .notes(let value): w.kindAndValue("notes", value)
      case .permitsComplete(let value):
        w.field("kind", "permitsComplete")
        w.field("value", value)
      case .facilitiesRunning(let value):
        w.field("kind", "facilitiesRunning")
        w.field("value", value)
      case .executionReportsFiled(let value):
        w.field("kind", "executionReportsFiled")
        w.field("value", value)
      case .facilityCategory(let value):
        w.field("kind", "facilityCategory")
        w.field("value", value)
      case .emergencies(let value):
        w.field("kind", "emergencies")
        w.field("value", days: value)
      }
    }
  }

  /// Reads a field written by `write(to:)`.
  ///
  /// The value is read by the kind, so `kind` must come before `value` (as written); a value
  /// before its kind is an error rather than a guess. A `null` value counts as left out.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Enterprise.Field {
    var kind: String?
    var field: Enterprise.Field?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "value":
        guard let kind else { throw r.error("field value before its kind") }
        // An explicit null reads like a value left out.
        if !r.readNull() { field = try readValue(of: kind, from: &r) }
      default: try r.skipValue()
      }
    }
    let name = try reader.required(kind, "kind")
    if let field { return field }
    // Only the optional kinds may leave the value out (nil); the others need it.
    switch name {
    case "monitoring": return .monitoring(nil)
    case "permitsComplete": return .permitsComplete(nil)
    case "facilitiesRunning": return .facilitiesRunning(nil)
    case "executionReportsFiled": return .executionReportsFiled(nil)
    case "facilityCategory": return .facilityCategory(nil)
    default:
      guard isKnown(name) else { throw reader.error("unknown enterprise field \(name)") }
      throw reader.error("missing field value")
    }
  }

  /// Reads the value of a field of the given kind.
  private static func readValue(of kind: String, from r: inout JSONReader) throws(CodecError)
    -> Enterprise.Field
  {
    switch kind {
    case "name": return .name(try r.readString())
    case "shortName": return .shortName(try r.readString())
    case "district": return .district(try r.readString())
    case "industry": return .industry(try r.readString())
    case "ownership": return .ownership(try r.readString())
    case "tier": return .tier(try r.readEnum(Enterprise.Tier.self))
    case "keyDischargeUnit": return .keyDischargeUnit(try r.readBool())
    case "monitoring": return .monitoring(try r.readEnum(Enterprise.Monitoring.self))
    case "address": return .address(try r.readString())
    case "legalRepresentative": return .legalRepresentative(try r.readString())
    case "contactPerson": return .contactPerson(try r.readString())
    case "contactPhone": return .contactPhone(try r.readString())
    case "notes": return .notes(try r.readString())
    case "permitsComplete": return .permitsComplete(try r.readBool())
    case "facilitiesRunning": return .facilitiesRunning(try r.readBool())
    case "executionReportsFiled": return .executionReportsFiled(try r.readBool())
    case "facilityCategory":
      return .facilityCategory(try r.readEnum(Enterprise.FacilityCategory.self))
    case "emergencies": return .emergencies(try r.readDays())
    default: throw r.error("unknown enterprise field \(kind)")
    }
  }

  /// Whether a kind names a field (the ones `readValue` knows).
  private static func isKnown(_ kind: String) -> Bool {
    [
      "name", "shortName", "district", "industry", "ownership", "tier", "keyDischargeUnit",
      "address", "legalRepresentative", "contactPerson", "contactPhone", "notes", "emergencies",
    ].contains(kind)
  }
}

extension JSONWriter {
  /// Writes `"kind":kind,"value":value` for a text field.
  fileprivate mutating func kindAndValue(_ kind: String, _ value: String) {
    field("kind", kind)
    field("value", value)
  }
}
