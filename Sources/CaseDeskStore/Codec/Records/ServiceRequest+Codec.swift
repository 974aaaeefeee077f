import CaseDeskDomain

/// The JSON form of a green-channel request (in service changes and the snapshot).
///
/// `{"id","enterprise","subject","details","receivedOn","status","commissioner"?,"answer"?,
/// "answeredOn"?,"closedOn"?,"history":[…]}`.
extension ServiceRequest {
  /// Writes the request as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("enterprise", enterprise)
      w.field("subject", subject)
      w.field("details", details)
      w.field("receivedOn", receivedOn)
      w.field("status", status)
      w.field("commissioner", commissioner)
      w.field("answer", answer)
      w.field("answeredOn", answeredOn)
      w.field("closedOn", closedOn)
      w.field("history", array: history) { $1.write(to: &$0) }
    }
  }

  /// Reads a request written by `write(to:)`; `status` defaults to received, `history` to empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ServiceRequest {
    var id: ServiceRequestID?
    var enterprise: EnterpriseID?
    var subject: String?
    var details: String?
    var receivedOn: Day?
    var status = Status.received
    var commissioner: StaffID?
    var answer: String?
    var answeredOn: Day?
    var closedOn: Day?
    var history: [Step] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "enterprise": enterprise = try r.readID()
      case "subject": subject = try r.readString()
      case "details": details = try r.readString()
      case "receivedOn": receivedOn = try r.readDay()
      case "status": status = try r.readEnum(Status.self)
      case "commissioner": commissioner = try r.readID()
      case "answer": answer = try r.readString()
      case "answeredOn": answeredOn = try r.readDay()
      case "closedOn": closedOn = try r.readDay()
      case "history":
        history = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try Step.read(from: &e)
        })
      default: try r.skipValue()
      }
    }
    return ServiceRequest(
      id: try reader.required(id, "id"), enterprise: try reader.required(enterprise, "enterprise"),
      subject: try reader.required(subject, "subject"),
      details: try reader.required(details, "details"),
      receivedOn: try reader.required(receivedOn, "receivedOn"), status: status,
      commissioner: commissioner, answer: answer, answeredOn: answeredOn, closedOn: closedOn,
      history: history)
  }
}

/// The JSON form of one step of a request's timeline.
///
/// `{"status","day","by","at","commissioner"?,"note"}`.
extension ServiceRequest.Step {
  /// Writes the step as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("status", status)
      w.field("day", day)
      w.field("by", actor)
      w.field("at", time)
      w.field("commissioner", commissioner)
      w.field("note", note)
    }
  }

  /// Reads a step written by `write(to:)`; a missing `note` is empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ServiceRequest.Step {
    var status: ServiceRequest.Status?
    var day: Day?
    var actor: Actor?
    var time: Timestamp?
    var commissioner: StaffID?
    var note = ""
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "status": status = try r.readEnum(ServiceRequest.Status.self)
      case "day": day = try r.readDay()
      case "by": actor = try r.readActor()
      case "at": time = try r.readTimestamp()
      case "commissioner": commissioner = try r.readID()
      case "note": note = try r.readString()
      default: try r.skipValue()
      }
    }
    return ServiceRequest.Step(
      status: try reader.required(status, "status"), day: try reader.required(day, "day"),
      actor: try reader.required(actor, "by"), time: try reader.required(time, "at"),
      commissioner: commissioner, note: note)
  }
}
