import CaseDeskDomain

/// Journal encoding of `StaffChange`: a type name (after `staff.`) and a JSON object.
///
/// Members and supervisors are written whole (`member`, `supervisor`, and `previous` for an
/// edit); deactivations and reactivations carry only the id under the same key.
enum StaffChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: StaffChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .memberAdded(let member):
      writer.object { w in
        w.key("member")
        member.write(to: &w)
      }
      return "memberAdded"
    case .memberEdited(let member, let previous):
      writer.object { w in
        w.key("member")
        member.write(to: &w)
        w.key("previous")
        previous.write(to: &w)
      }
      return "memberEdited"
    case .memberDeactivated(let id):
      writer.object { $0.field("member", id) }
      return "memberDeactivated"
    case .memberReactivated(let id):
      writer.object { $0.field("member", id) }
      return "memberReactivated"
    case .supervisorAppointed(let supervisor):
      writer.object { w in
        w.key("supervisor")
        supervisor.write(to: &w)
      }
      return "supervisorAppointed"
    case .supervisorEdited(let supervisor, let previous):
      writer.object { w in
        w.key("supervisor")
        supervisor.write(to: &w)
        w.key("previous")
        previous.write(to: &w)
      }
      return "supervisorEdited"
    case .supervisorDeactivated(let id):
      writer.object { $0.field("supervisor", id) }
      return "supervisorDeactivated"
    case .supervisorReactivated(let id):
      writer.object { $0.field("supervisor", id) }
      return "supervisorReactivated"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> StaffChange
  {
    switch type {
    case "memberAdded":
      let (member, _) = try readMembers(from: &reader, needsPrevious: false)
      return .memberAdded(member)
    case "memberEdited":
      let (member, previous) = try readMembers(from: &reader, needsPrevious: true)
      return .memberEdited(member, previous: try reader.required(previous, "previous"))
    case "memberDeactivated":
      return .memberDeactivated(try readID(StaffMember.self, "member", from: &reader))
    case "memberReactivated":
      return .memberReactivated(try readID(StaffMember.self, "member", from: &reader))
    case "supervisorAppointed":
      let (supervisor, _) = try readSupervisors(from: &reader, needsPrevious: false)
      return .supervisorAppointed(supervisor)
    case "supervisorEdited":
      let (supervisor, previous) = try readSupervisors(from: &reader, needsPrevious: true)
      return .supervisorEdited(supervisor, previous: try reader.required(previous, "previous"))
    case "supervisorDeactivated":
      return .supervisorDeactivated(
        try readID(SocialSupervisor.self, "supervisor", from: &reader))
    case "supervisorReactivated":
      return .supervisorReactivated(
        try readID(SocialSupervisor.self, "supervisor", from: &reader))
    default:
      throw reader.error("unknown staff change type \(type)")
    }
  }

  /// Reads `{"member":…,"previous":…}`; `previous` is read only when `needsPrevious`.
  private static func readMembers(from reader: inout JSONReader, needsPrevious: Bool)
    throws(CodecError) -> (StaffMember, StaffMember?)
  {
    var member: StaffMember?
    var previous: StaffMember?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "member": member = try StaffMember.read(from: &r)
      case "previous" where needsPrevious: previous = try StaffMember.read(from: &r)
      default: try r.skipValue()
      }
    }
    return (try reader.required(member, "member"), previous)
  }

  /// Reads `{"supervisor":…,"previous":…}`; `previous` is read only when `needsPrevious`.
  private static func readSupervisors(from reader: inout JSONReader, needsPrevious: Bool)
    throws(CodecError) -> (SocialSupervisor, SocialSupervisor?)
  {
    var supervisor: SocialSupervisor?
    var previous: SocialSupervisor?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "supervisor": supervisor = try SocialSupervisor.read(from: &r)
      case "previous" where needsPrevious: previous = try SocialSupervisor.read(from: &r)
      default: try r.skipValue()
      }
    }
    return (try reader.required(supervisor, "supervisor"), previous)
  }

  /// Reads an object whose one field of interest is a record id under `name`.
  private static func readID<R>(_ type: R.Type, _ name: String, from reader: inout JSONReader)
    throws(CodecError) -> RecordID<R>
  {
    var id: RecordID<R>?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      if key == name { id = try r.readID(R.self) } else { try r.skipValue() }
    }
    return try reader.required(id, name)
  }
}
