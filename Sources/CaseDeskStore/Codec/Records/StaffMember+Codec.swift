import CaseDeskDomain

/// The JSON form of a staff member (in staff changes and the snapshot).
///
/// `{"id","name","roles":[…],"certificateNumber"?,"legalQualification"?,"active"}`.
extension StaffMember {
  /// Writes the member as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("name", name)
      w.field("roles", array: roles) { $0.value($1) }
      w.field("certificateNumber", certificateNumber)
      w.field("legalQualification", legalQualification)
      w.field("active", isActive)
    }
  }

  /// Reads a member written by `write(to:)`; `active` defaults to true when absent.
  static func read(from reader: inout JSONReader) throws(CodecError) -> StaffMember {
    var id: StaffID?
    var name: String?
    var roles: [StaffRole]?
    var certificateNumber: String?
    var legalQualification: String?
    var isActive = true
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readID()
      case "name": name = try r.readString()
      case "roles":
        roles = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try e.readEnum(StaffRole.self)
        })
      case "certificateNumber": certificateNumber = try r.readString()
      case "legalQualification": legalQualification = try r.readString()
      case "active": isActive = try r.readBool()
      default: try r.skipValue()
      }
    }
    return StaffMember(
      id: try reader.required(id, "id"), name: try reader.required(name, "name"),
      roles: try reader.required(roles, "roles"), certificateNumber: certificateNumber,
      legalQualification: legalQualification, isActive: isActive)
  }
}
