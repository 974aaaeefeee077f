import CaseDeskDomain

/// JSON encoding of a rectification task record (in the snapshot).
///
/// `id`, the draft's fields (`title`, `district`, `deadline`, `evidence`, `enterprises`), then
/// `status`, `created`, `districtAcceptance`, `cityRecheck`, `sendBacks`. Nil steps and empty
/// lists are left out.
extension RectificationTask {
  /// Writes the task as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      RectificationTaskDraft(
        title: title, district: district, deadline: deadline, evidence: evidence,
        enterprises: enterprises
      ).writeFields(to: &w)
      w.field("status", status)
      w.field("created", created)
      if let districtAcceptance {
        w.key("districtAcceptance")
        districtAcceptance.write(to: &w)
      }
      if let cityRecheck {
        w.key("cityRecheck")
        cityRecheck.write(to: &w)
      }
      if !sendBacks.isEmpty { w.field("sendBacks", array: sendBacks) { $1.write(to: &$0) } }
    }
  }

  /// Reads a task written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RectificationTask {
    var id: RectificationTaskID?
    var fields = RectificationTaskDraft.CodecFields()
    var status: Status?
    var created: ActionStamp?
    var districtAcceptance: RectificationStep?
    var cityRecheck: RectificationStep?
    var sendBacks: [RectificationStep] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "status": status = try r.readEnum(Status.self)
      case "created": created = try r.readStamp()
      case "districtAcceptance": districtAcceptance = try RectificationStep.read(from: &r)
      case "cityRecheck": cityRecheck = try RectificationStep.read(from: &r)
      case "sendBacks":
        sendBacks = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try RectificationStep.read(from: &e)
        })
      default: if try !fields.read(key, from: &r) { try r.skipValue() }
      }
    }
    let draft = try fields.draft(reader)
    var task = RectificationTask(
      id: try reader.required(id, "id"), title: draft.title, district: draft.district,
      deadline: draft.deadline, evidence: draft.evidence, enterprises: draft.enterprises,
      created: try reader.required(created, "created"))
    task.status = try reader.required(status, "status")
    task.districtAcceptance = districtAcceptance
    task.cityRecheck = cityRecheck
    task.sendBacks = sendBacks
    return task
  }
}
