import CaseDeskDomain

/// JSON encoding of a health-check form: `{"problems":[…],"issued":stamp}`.
///
/// The problem list is left out when empty and read back as empty.
extension HealthCheckForm {
  /// Writes the form as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      if !problems.isEmpty { w.field("problems", array: problems) { $1.write(to: &$0) } }
      w.field("issued", issued)
    }
  }

  /// Reads a form written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> HealthCheckForm {
    var problems: [HealthCheckProblem] = []
    var issued: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "problems":
        problems = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try HealthCheckProblem.read(from: &e)
        })
      case "issued": issued = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return HealthCheckForm(problems: problems, issued: try reader.required(issued, "issued"))
  }
}
