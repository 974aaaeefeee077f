import CaseDeskDomain

/// Journal encoding of `ServiceChange`: a type name (after `service.`) and a JSON object.
///
/// A registration carries the whole request under `request`, a recorded visit the whole visit
/// under `visit`; later changes name them by id under the same keys.
enum ServiceChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ServiceChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .requestRegistered(let request):
      writer.object { w in
        w.key("request")
        request.write(to: &w)
      }
      return "requestRegistered"
    case .requestAssigned(let id, let commissioner, let day, let previous):
      writer.object { w in
        w.field("request", id)
        w.field("commissioner", commissioner)
        w.field("on", day)
        w.field("previous", previous)
      }
      return "requestAssigned"
    case .requestAnswered(let id, let day, let answer):
      writer.object { w in
        w.field("request", id)
        w.field("on", day)
        w.field("answer", answer)
      }
      return "requestAnswered"
    case .requestClosed(let id, let day, let note):
      writer.object { w in
        w.field("request", id)
        w.field("on", day)
        w.field("note", note)
      }
      return "requestClosed"
    case .visitRecorded(let visit):
      writer.object { w in
        w.key("visit")
        visit.write(to: &w)
      }
      return "visitRecorded"
    case .satisfactionRecorded(let id, let satisfaction):
      writer.object { w in
        w.field("visit", id)
        w.field("satisfaction", satisfaction)
      }
      return "satisfactionRecorded"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ServiceChange
  {
    switch type {
    case "requestRegistered":
      var request: ServiceRequest?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "request": request = try ServiceRequest.read(from: &r)
        default: try r.skipValue()
        }
      }
      return .requestRegistered(try reader.required(request, "request"))
    case "requestAssigned":
      var id: ServiceRequestID?
      var commissioner: StaffID?
      var day: Day?
      var previous: StaffID?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "request": id = try r.readID()
        case "commissioner": commissioner = try r.readID()
        case "on": day = try r.readDay()
        case "previous": previous = try r.readID()
        default: try r.skipValue()
        }
      }
      return .requestAssigned(
        try reader.required(id, "request"), try reader.required(commissioner, "commissioner"),
        on: try reader.required(day, "on"), previous: previous)
    case "requestAnswered", "requestClosed":
      let textKey = type == "requestAnswered" ? "answer" : "note"
      var id: ServiceRequestID?
      var day: Day?
      var text: String?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "request": id = try r.readID()
        case "on": day = try r.readDay()
        case textKey: text = try r.readString()
        default: try r.skipValue()
        }
      }
      let request = try reader.required(id, "request")
      let on = try reader.required(day, "on")
      let value = try reader.required(text, textKey)
      return type == "requestAnswered"
        ? .requestAnswered(request, on: on, answer: value)
        : .requestClosed(request, on: on, note: value)
    case "visitRecorded":
      var visit: FollowUpVisit?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "visit": visit = try FollowUpVisit.read(from: &r)
        default: try r.skipValue()
        }
      }
      return .visitRecorded(try reader.required(visit, "visit"))
    case "satisfactionRecorded":
      var id: FollowUpVisitID?
      var satisfaction: FollowUpVisit.Satisfaction?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "visit": id = try r.readID()
        case "satisfaction": satisfaction = try r.readEnum(FollowUpVisit.Satisfaction.self)
        default: try r.skipValue()
        }
      }
      return .satisfactionRecorded(
        try reader.required(id, "visit"), try reader.required(satisfaction, "satisfaction"))
    default:
      throw reader.error("unknown service change type \(type)")
    }
  }
}
