import CaseDeskDomain

/// The JSON form of an enterprise's positive-list entry (in the snapshot).
///
/// `{"enterprise","status","listedSince"?,"nextReviewOn"?,"pendingAdmission"?,"history":[…]}`.
extension PositiveListEntry {
  /// Writes the entry as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("enterprise", id)
      w.field("status", status)
      w.field("listedSince", listedSince)
      w.field("nextReviewOn", nextReviewOn)
      if let pendingAdmission {
        w.key("pendingAdmission")
        pendingAdmission.write(to: &w)
      }
      w.field("history", array: history) { $1.write(to: &$0) }
    }
  }

  /// Reads an entry written by `write(to:)`; `status` defaults to `notListed`, `history` to empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PositiveListEntry {
    var id: EnterpriseID?
    var entry = PositiveListEntry(id: EnterpriseID(""))
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "enterprise": id = try r.readID()
      case "status": entry.status = try r.readEnum(PositiveListStatus.self)
      case "listedSince": entry.listedSince = try r.readDay()
      case "nextReviewOn": entry.nextReviewOn = try r.readDay()
      case "pendingAdmission": entry.pendingAdmission = try PendingAdmission.read(from: &r)
      case "history":
        entry.history = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try Step.read(from: &e)
        })
      default: try r.skipValue()
      }
    }
    entry.id = try reader.required(id, "enterprise")
    return entry
  }
}

/// The JSON form of an admission awaiting approval.
///
/// `{"assessment","proposedBy","proposedOn","nextReviewOn","previousStatus"}`.
extension PositiveListEntry.PendingAdmission {
  /// Writes the pending admission as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.key("assessment")
      assessment.write(to: &w)
      w.field("proposedBy", proposedBy)
      w.field("proposedOn", proposedOn)
      w.field("nextReviewOn", nextReviewOn)
      w.field("previousStatus", previousStatus)
    }
  }

  /// Reads a pending admission written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> PositiveListEntry.PendingAdmission
  {
    var assessment: PositiveListEntry.Assessment?
    var proposedBy: Actor?
    var proposedOn: Day?
    var nextReviewOn: Day?
    var previousStatus: PositiveListStatus?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "assessment": assessment = try PositiveListEntry.Assessment.read(from: &r)
      case "proposedBy": proposedBy = try r.readActor()
      case "proposedOn": proposedOn = try r.readDay()
      case "nextReviewOn": nextReviewOn = try r.readDay()
      case "previousStatus": previousStatus = try r.readEnum(PositiveListStatus.self)
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.PendingAdmission(
      assessment: try reader.required(assessment, "assessment"),
      proposedBy: try reader.required(proposedBy, "proposedBy"),
      proposedOn: try reader.required(proposedOn, "proposedOn"),
      nextReviewOn: try reader.required(nextReviewOn, "nextReviewOn"),
      previousStatus: try reader.required(previousStatus, "previousStatus"))
  }
}

/// The JSON form of one step of an entry's history.
///
/// `{"kind","status","day","by","at","reason"?,"note","assessment"?,"nextReviewOn"?}`.
extension PositiveListEntry.Step {
  /// Writes the step as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("kind", kind)
      w.field("status", status)
      w.field("day", day)
      w.field("by", actor)
      w.field("at", time)
      if let reason {
        w.key("reason")
        reason.write(to: &w)
      }
      w.field("note", note)
      if let assessment {
        w.key("assessment")
        assessment.write(to: &w)
      }
      w.field("nextReviewOn", nextReviewOn)
    }
  }

  /// Reads a step written by `write(to:)`; a missing `note` is empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PositiveListEntry.Step {
    var kind: Kind?
    var status: PositiveListStatus?
    var day: Day?
    var actor: Actor?
    var time: Timestamp?
    var reason: PositiveListEntry.Reason?
    var note = ""
    var assessment: PositiveListEntry.Assessment?
    var nextReviewOn: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(Kind.self)
      case "status": status = try r.readEnum(PositiveListStatus.self)
      case "day": day = try r.readDay()
      case "by": actor = try r.readActor()
      case "at": time = try r.readTimestamp()
      case "reason": reason = try PositiveListEntry.Reason.read(from: &r)
      case "note": note = try r.readString()
      case "assessment": assessment = try PositiveListEntry.Assessment.read(from: &r)
      case "nextReviewOn": nextReviewOn = try r.readDay()
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.Step(
      kind: try reader.required(kind, "kind"), status: try reader.required(status, "status"),
      day: try reader.required(day, "day"), actor: try reader.required(actor, "by"),
      time: try reader.required(time, "at"), reason: reason, note: note, assessment: assessment,
      nextReviewOn: nextReviewOn)
  }
}

/// The JSON form of a suspension's or removal's reason: `{"kind","caseNumber"?,"text"}`.
extension PositiveListEntry.Reason {
  /// Writes the reason as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("kind", kind)
      w.field("caseNumber", caseNumber)
      w.field("text", text)
    }
  }

  /// Reads a reason written by `write(to:)`; a missing `text` is empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PositiveListEntry.Reason {
    var kind: Kind?
    var caseNumber: String?
    var text = ""
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(Kind.self)
      case "caseNumber": caseNumber = try r.readString()
      case "text": text = try r.readString()
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.Reason(
      kind: try reader.required(kind, "kind"), caseNumber: caseNumber, text: text)
  }
}
