import CaseDeskDomain

/// JSON encoding of a health-check problem: `{"description","verification"}`.
///
/// The verification is left out until the problem has been verified.
extension HealthCheckProblem {
  /// Writes the problem as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("description", description)
      if let verification {
        w.key("verification")
        verification.write(to: &w)
      }
    }
  }

  /// Reads a problem written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> HealthCheckProblem {
    var description: String?
    var verification: HealthCheckVerification?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "description": description = try r.readString()
      case "verification": verification = try HealthCheckVerification.read(from: &r)
      default: try r.skipValue()
      }
    }
    return HealthCheckProblem(
      description: try reader.required(description, "description"), verification: verification)
  }
}
