import CaseDeskDomain

/// Journal encoding of `ClueChange`: a type name (after `clue.`) and a JSON object.
enum ClueChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ClueChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ClueChange
  {
    throw reader.error("unknown clue change type \(type)")
  }
}
