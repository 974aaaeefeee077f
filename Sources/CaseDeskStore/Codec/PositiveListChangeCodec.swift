import CaseDeskDomain

/// Journal encoding of `PositiveListChange`: a type name (after `positive.`) and a JSON object.
///
/// Every change names the enterprise under `enterprise` and its day under `on`; admissions
/// carry the whole `assessment`, suspensions and removals a `reason` object, and rejections a
/// free-text `reason`.
enum PositiveListChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: PositiveListChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .admissionProposed(let id, let assessment, let day, let nextReviewOn, let note):
      writer.object { w in
        w.field("enterprise", id)
        w.key("assessment")
        assessment.write(to: &w)
        w.field("on", day)
        w.field("nextReviewOn", nextReviewOn)
        w.field("note", note)
      }
      return "admissionProposed"
    case .admitted(let id, let assessment, let day, let nextReviewOn, let note):
      writer.object { w in
        w.field("enterprise", id)
        w.key("assessment")
        assessment.write(to: &w)
        w.field("on", day)
        w.field("nextReviewOn", nextReviewOn)
        w.field("note", note)
      }
      return "admitted"
    case .admissionApproved(let id, let assessment, let day, let note):
      writer.object { w in
        w.field("enterprise", id)
        w.key("assessment")
        assessment.write(to: &w)
        w.field("on", day)
        w.field("note", note)
      }
      return "admissionApproved"
    case .admissionRejected(let id, let day, let reason):
      writer.object { w in
        w.field("enterprise", id)
        w.field("on", day)
        w.field("reason", reason)
      }
      return "admissionRejected"
    case .suspended(let id, let reason, let day):
      writer.object { w in
        w.field("enterprise", id)
        w.key("reason")
        reason.write(to: &w)
        w.field("on", day)
      }
      return "suspended"
    case .restored(let id, let day, let note, let nextReviewOn):
      writer.object { w in
        w.field("enterprise", id)
        w.field("on", day)
        w.field("note", note)
        w.field("nextReviewOn", nextReviewOn)
      }
      return "restored"
    case .removed(let id, let reason, let day):
      writer.object { w in
        w.field("enterprise", id)
        w.key("reason")
        reason.write(to: &w)
        w.field("on", day)
      }
      return "removed"
    case .reviewed(let id, let day, let nextReviewOn, let note):
      writer.object { w in
        w.field("enterprise", id)
        w.field("on", day)
        w.field("nextReviewOn", nextReviewOn)
        w.field("note", note)
      }
      return "reviewed"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> PositiveListChange
  {
    let kind: Kind
    switch type {
    case "admissionProposed": kind = .admissionProposed
    case "admitted": kind = .admitted
    case "admissionApproved": kind = .admissionApproved
    case "admissionRejected": kind = .admissionRejected
    case "suspended": kind = .suspended
    case "restored": kind = .restored
    case "removed": kind = .removed
    case "reviewed": kind = .reviewed
    default: throw reader.error("unknown positive-list change type \(type)")
    }
    var fields = Fields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      try fields.read(key, kind: kind, from: &r)
    }
    let id = try reader.required(fields.enterprise, "enterprise")
    let day = try reader.required(fields.on, "on")
    switch kind {
    case .admissionProposed:
      return .admissionProposed(
        id, try reader.required(fields.assessment, "assessment"), on: day,
        nextReviewOn: try reader.required(fields.nextReviewOn, "nextReviewOn"),
        note: try reader.required(fields.note, "note"))
    case .admitted:
      return .admitted(
        id, try reader.required(fields.assessment, "assessment"), on: day,
        nextReviewOn: try reader.required(fields.nextReviewOn, "nextReviewOn"),
        note: try reader.required(fields.note, "note"))
    case .admissionApproved:
      return .admissionApproved(
        id, try reader.required(fields.assessment, "assessment"), on: day,
        note: try reader.required(fields.note, "note"))
    case .admissionRejected:
      return .admissionRejected(
        id, on: day, reason: try reader.required(fields.rejection, "reason"))
    case .suspended:
      return .suspended(id, try reader.required(fields.reason, "reason"), on: day)
    case .restored:
      return .restored(
        id, on: day, note: try reader.required(fields.note, "note"),
        nextReviewOn: fields.nextReviewOn)
    case .removed:
      return .removed(id, try reader.required(fields.reason, "reason"), on: day)
    case .reviewed:
      return .reviewed(
        id, on: day, nextReviewOn: try reader.required(fields.nextReviewOn, "nextReviewOn"),
        note: try reader.required(fields.note, "note"))
    }
  }

  /// The change cases, to pick how the fields of one are read.
  private enum Kind {
    case admissionProposed, admitted, admissionApproved, admissionRejected
    case suspended, restored, removed, reviewed
  }

  /// Every field any positive-list change has, filled as the keys are read.
  private struct Fields {
    var enterprise: EnterpriseID?
    var assessment: PositiveListEntry.Assessment?
    var on: Day?
    var nextReviewOn: Day?
    var note: String?
    /// A suspension's or removal's reason.
    var reason: PositiveListEntry.Reason?
    /// A rejection's reason (free text under the same key).
    var rejection: String?

    /// Reads the value of one key; `reason` is text for a rejection and an object otherwise.
    mutating func read(_ key: String, kind: Kind, from r: inout JSONReader) throws(CodecError) {
      switch key {
      case "enterprise": enterprise = try r.readID()
      case "assessment": assessment = try PositiveListEntry.Assessment.read(from: &r)
      case "on": on = try r.readDay()
      case "nextReviewOn": nextReviewOn = try r.readDay()
      case "note": note = try r.readString()
      case "reason" where kind == .admissionRejected: rejection = try r.readString()
      case "reason" where kind == .suspended || kind == .removed:
        reason = try PositiveListEntry.Reason.read(from: &r)
      default: try r.skipValue()
      }
    }
  }
}
