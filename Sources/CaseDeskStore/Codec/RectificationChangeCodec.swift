import CaseDeskDomain

/// Journal encoding of `RectificationChange`: a type name (after `rectification.`) and a JSON object.
enum RectificationChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: RectificationChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> RectificationChange
  {
    throw reader.error("unknown rectification change type \(type)")
  }
}
