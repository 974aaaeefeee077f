import CaseDeskDomain

/// The JSON encoding of an enforcement step: `{"kind":"demand","documentNumber":…,"on":…}`.
///
/// Kinds: `demand` (with `documentNumber`, `on`), `courtApplication` (with `court`, `on`).
extension EnforcementAction {
  /// Writes the action as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .demand(let documentNumber, let day):
        w.field("kind", "demand")
        w.field("documentNumber", documentNumber)
        w.field("on", day)
      case .courtApplication(let court, let day):
        w.field("kind", "courtApplication")
        w.field("court", court)
        w.field("on", day)
      }
    }
  }

  /// Reads an action written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EnforcementAction {
    var kind: String?
    var documentNumber: String?
    var court: String?
    var day: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "documentNumber": documentNumber = try r.readString()
      case "court": court = try r.readString()
      case "on": day = try r.readDay()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "demand":
      return .demand(
        documentNumber: try reader.required(documentNumber, "documentNumber"),
        on: try reader.required(day, "on"))
    case "courtApplication":
      return .courtApplication(
        court: try reader.required(court, "court"), on: try reader.required(day, "on"))
    case let other: throw reader.error("unknown enforcement action kind \(other)")
    }
  }
}
