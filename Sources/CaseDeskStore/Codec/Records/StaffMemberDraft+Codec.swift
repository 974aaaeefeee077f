import CaseDeskDomain

/// The JSON form of a staff member's form as filled in (a saved draft).
///
/// `{"id","name","roles":[…],"certificateNumber"?,"legalQualification"?}`.
extension StaffMemberDraft {
  /// Writes the draft as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("id", id)
      w.field("name", name)
      w.field("roles", array: roles) { $0.value($1) }
      w.field("certificateNumber", certificateNumber)
      w.field("legalQualification", legalQualification)
    }
  }

  /// Reads a draft written by `write(to:)`; a missing `roles` list is empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> StaffMemberDraft {
    var id: StaffID?
    var name: String?
    var roles: [StaffRole] = []
    var certificateNumber: String?
    var legalQualification: String?
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
      default: try r.skipValue()
      }
    }
    return StaffMemberDraft(
      id: try reader.required(id, "id"), name: try reader.required(name, "name"), roles: roles,
      certificateNumber: certificateNumber, legalQualification: legalQualification)
  }
}
