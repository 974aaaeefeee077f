import CaseDeskDomain

/// Journal encoding of `PositiveListChange`: a type name (after `positive.`) and a JSON object.
enum PositiveListChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: PositiveListChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> PositiveListChange
  {
    throw reader.error("unknown positive change type \(type)")
  }
}
