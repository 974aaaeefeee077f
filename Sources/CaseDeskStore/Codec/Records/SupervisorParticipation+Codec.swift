import CaseDeskDomain

/// The JSON encoding of a social supervisor's part in a case.
extension SupervisorParticipation {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("supervisor", supervisor)
      w.field("invited", invited)
      w.field("opinion", opinion)
      w.field("opinionStamp", opinionStamp)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> SupervisorParticipation {
    var supervisor: SupervisorID?
    var invited: ActionStamp?
    var opinion: String?
    var opinionStamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "supervisor": supervisor = try r.readID()
      case "invited": invited = try r.readStamp()
      case "opinion": opinion = try r.readString()
      case "opinionStamp": opinionStamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return try SupervisorParticipation(
      supervisor: reader.required(supervisor, "supervisor"),
      invited: reader.required(invited, "invited"), opinion: opinion, opinionStamp: opinionStamp)
  }
}
