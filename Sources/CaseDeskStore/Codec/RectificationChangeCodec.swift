import CaseDeskDomain

/// Journal encoding of `RectificationChange`: a type name (after `rectification.`) and JSON.
///
/// Every object names its task as `id`. `created` writes the draft's fields flat next to the
/// id; the steps carry `on` and `note` (`reasons` for a send-back).
enum RectificationChangeCodec {
  /// Every type name, in the order of the `RectificationChange` cases.
  static let typeNames: [String] = [
    "created", "progressRecorded", "districtAccepted", "cityRecheckPassed",
    "sentBackToDistrict", "enterpriseLinked", "enterpriseUnlinked",
  ]

  /// Writes the change's fields and returns its type name.
  static func encode(_ change: RectificationChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .created(let id, let draft):
      writer.object { w in
        w.field("id", id)
        draft.writeFields(to: &w)
      }
      return "created"
    case .progressRecorded(let id, let evidence):
      writer.object { w in
        w.field("id", id)
        if !evidence.isEmpty { w.field("evidence", strings: evidence) }
      }
      return "progressRecorded"
    case .districtAccepted(let id, let on, let note):
      writeStep(id, on: on, "note", note, into: &writer)
      return "districtAccepted"
    case .cityRecheckPassed(let id, let on, let note):
      writeStep(id, on: on, "note", note, into: &writer)
      return "cityRecheckPassed"
    case .sentBackToDistrict(let id, let on, let reasons):
      writeStep(id, on: on, "reasons", reasons, into: &writer)
      return "sentBackToDistrict"
    case .enterpriseLinked(let id, let enterprise):
      writer.object { w in
        w.field("id", id)
        w.field("enterprise", enterprise)
      }
      return "enterpriseLinked"
    case .enterpriseUnlinked(let id, let enterprise):
      writer.object { w in
        w.field("id", id)
        w.field("enterprise", enterprise)
      }
      return "enterpriseUnlinked"
    }
  }

  /// Writes a dated step: the task's id, the day and a text under `textKey`.
  private static func writeStep(
    _ id: RectificationTaskID, on: Day, _ textKey: String, _ text: String,
    into writer: inout JSONWriter
  ) {
    writer.object { w in
      w.field("id", id)
      w.field("on", on)
      w.field(textKey, text)
    }
  }

  /// Reads a change of the given type name; unknown keys are skipped.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> RectificationChange
  {
    guard typeNames.contains(where: { $0 == type }) else {
      throw reader.error("unknown rectification change type \(type)")
    }
    var id: RectificationTaskID?
    var draft = RectificationTaskDraft.CodecFields()
    var on: Day?
    var note: String?
    var reasons: String?
    var enterprise: EnterpriseID?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "on": on = try r.readDay()
      case "note": note = try r.readString()
      case "reasons": reasons = try r.readString()
      case "enterprise": enterprise = try r.readID()
      default: if try !draft.read(key, from: &r) { try r.skipValue() }
      }
    }
    let task = try reader.required(id, "id")
    switch type {
    case "created": return .created(task, try draft.draft(reader))
    case "progressRecorded": return .progressRecorded(task, evidence: draft.evidence)
    case "districtAccepted":
      return .districtAccepted(
        task, on: try reader.required(on, "on"), note: try reader.required(note, "note"))
    case "cityRecheckPassed":
      return .cityRecheckPassed(
        task, on: try reader.required(on, "on"), note: try reader.required(note, "note"))
    case "sentBackToDistrict":
      return .sentBackToDistrict(
        task, on: try reader.required(on, "on"), reasons: try reader.required(reasons, "reasons"))
    case "enterpriseLinked":
      return .enterpriseLinked(task, try reader.required(enterprise, "enterprise"))
    default: return .enterpriseUnlinked(task, try reader.required(enterprise, "enterprise"))
    }
  }
}
