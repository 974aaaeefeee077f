import CaseDeskDomain

/// The JSON encoding of the grounds for a suspected-crime referral.
extension CrimeGround {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("description", description)
      if !facts.isEmpty { w.field("facts", array: facts) { $1.write(to: &$0) } }
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CrimeGround {
    var description: String?
    var facts: [MeasuredFact] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "description": description = try r.readString()
      case "facts":
        facts = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try MeasuredFact.read(from: &e)
        })
      default: try r.skipValue()
      }
    }
    return try CrimeGround(
      description: reader.required(description, "description"), facts: facts)
  }
}
