import CaseDeskDomain

/// The JSON encoding of a case's flags (major public interest, complex).
extension CaseFlags {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("majorPublicInterest", majorPublicInterest)
      w.field("complex", complex)
      w.field("note", note)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseFlags {
    var majorPublicInterest: Bool?
    var complex: Bool?
    var note: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "majorPublicInterest": majorPublicInterest = try r.readBool()
      case "complex": complex = try r.readBool()
      case "note": note = try r.readString()
      default: try r.skipValue()
      }
    }
    return try CaseFlags(
      majorPublicInterest: reader.required(majorPublicInterest, "majorPublicInterest"),
      complex: reader.required(complex, "complex"), note: reader.required(note, "note"))
  }
}
