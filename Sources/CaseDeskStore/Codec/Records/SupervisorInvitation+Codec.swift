import CaseDeskDomain

/// JSON encoding of a social supervisor's invitation.
///
/// `{"supervisor","invited","participated","opinion"}`; `participated` and `opinion` are left out until recorded.
extension SupervisorInvitation {
  /// Writes the invitation as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("supervisor", supervisor)
      w.field("invited", invited)
      w.field("participated", participated)
      w.field("opinion", opinion)
    }
  }

  /// Reads an invitation written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> SupervisorInvitation {
    var supervisor: SupervisorID?
    var invited: ActionStamp?
    var participated: Bool?
    var opinion: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "supervisor": supervisor = try r.readID()
      case "invited": invited = try r.readStamp()
      case "participated": participated = try r.readBool()
      case "opinion": opinion = try r.readString()
      default: try r.skipValue()
      }
    }
    return SupervisorInvitation(
      supervisor: try reader.required(supervisor, "supervisor"),
      invited: try reader.required(invited, "invited"), participated: participated,
      opinion: opinion)
  }
}
