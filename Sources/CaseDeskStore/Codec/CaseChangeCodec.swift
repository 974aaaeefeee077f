import CaseDeskDomain

/// Journal encoding of `CaseChange`: a type name (after `case.`) and a JSON object.
enum CaseChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: CaseChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> CaseChange
  {
    throw reader.error("unknown case change type \(type)")
  }
}
