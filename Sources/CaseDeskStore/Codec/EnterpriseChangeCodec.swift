import CaseDeskDomain

/// Journal encoding of `EnterpriseChange`: a type name (after `enterprise.`) and a JSON object.
///
/// A registration carries the whole enterprise under `enterprise`; every other change names
/// the enterprise by its code under the same key.
enum EnterpriseChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: EnterpriseChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .registered(let enterprise):
      writer.object { w in
        w.key("enterprise")
        enterprise.write(to: &w)
      }
      return "registered"
    case .edited(let id, let fields, let previous):
      writer.object { w in
        w.field("enterprise", id)
        w.field("fields", array: fields) { $1.write(to: &$0) }
        w.field("previous", array: previous) { $1.write(to: &$0) }
      }
      return "edited"
    case .commissionerAssigned(let id, let commissioner, let day, let previous):
      writer.object { w in
        w.field("enterprise", id)
        w.field("commissioner", commissioner)
        w.field("on", day)
        w.field("previous", previous)
      }
      return "commissionerAssigned"
    case .commissionerUnassigned(let id, let commissioner, let day):
      writer.object { w in
        w.field("enterprise", id)
        w.field("commissioner", commissioner)
        w.field("on", day)
      }
      return "commissionerUnassigned"
    case .qrCodeDelivered(let id, let day):
      writer.object { w in
        w.field("enterprise", id)
        w.field("on", day)
      }
      return "qrCodeDelivered"
    case .tagAdded(let id, let tag):
      writer.object { w in
        w.field("enterprise", id)
        w.field("tag", tag)
      }
      return "tagAdded"
    case .tagRemoved(let id, let tag):
      writer.object { w in
        w.field("enterprise", id)
        w.field("tag", tag)
      }
      return "tagRemoved"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> EnterpriseChange
  {
    switch type {
    case "registered":
      var enterprise: Enterprise?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        if key == "enterprise" {
          enterprise = try Enterprise.read(from: &r)
        } else {
          try r.skipValue()
        }
      }
      return .registered(try reader.required(enterprise, "enterprise"))
    case "edited":
      var id: EnterpriseID?
      var fields: [Enterprise.Field]?
      var previous: [Enterprise.Field]?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "enterprise": id = try r.readID()
        case "fields": fields = try readFields(from: &r)
        case "previous": previous = try readFields(from: &r)
        default: try r.skipValue()
        }
      }
      return .edited(
        try reader.required(id, "enterprise"), try reader.required(fields, "fields"),
        previous: try reader.required(previous, "previous"))
    case "commissionerAssigned", "commissionerUnassigned":
      var id: EnterpriseID?
      var commissioner: StaffID?
      var day: Day?
      var previous: StaffID?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "enterprise": id = try r.readID()
        case "commissioner": commissioner = try r.readID()
        case "on": day = try r.readDay()
        case "previous" where type == "commissionerAssigned": previous = try r.readID()
        default: try r.skipValue()
        }
      }
      let enterprise = try reader.required(id, "enterprise")
      let staff = try reader.required(commissioner, "commissioner")
      let on = try reader.required(day, "on")
      if type == "commissionerAssigned" {
        return .commissionerAssigned(enterprise, staff, on: on, previous: previous)
      }
      return .commissionerUnassigned(enterprise, staff, on: on)
    case "qrCodeDelivered":
      var id: EnterpriseID?
      var day: Day?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "enterprise": id = try r.readID()
        case "on": day = try r.readDay()
        default: try r.skipValue()
        }
      }
      return .qrCodeDelivered(
        try reader.required(id, "enterprise"), on: try reader.required(day, "on"))
    case "tagAdded", "tagRemoved":
      var id: EnterpriseID?
      var tag: String?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        switch key {
        case "enterprise": id = try r.readID()
        case "tag": tag = try r.readString()
        default: try r.skipValue()
        }
      }
      let enterprise = try reader.required(id, "enterprise")
      let text = try reader.required(tag, "tag")
      return type == "tagAdded" ? .tagAdded(enterprise, text) : .tagRemoved(enterprise, text)
    default:
      throw reader.error("unknown enterprise change type \(type)")
    }
  }

  /// Reads a list of edited fields.
  private static func readFields(from reader: inout JSONReader) throws(CodecError)
    -> [Enterprise.Field]
  {
    try reader.readArray(of: { (e: inout JSONReader) throws(CodecError) in
      try Enterprise.Field.read(from: &e)
    })
  }
}
