import CaseDeskDomain

/// Journal encoding of `UndoChange` (type names after `undo.`).
enum UndoChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: UndoChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> UndoChange
  {
    throw reader.error("unknown undo change type \(type)")
  }
}
