import CaseDeskDomain

/// Journal encoding of `InspectionChange`: a type name (after `inspection.`) and a JSON object.
enum InspectionChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: InspectionChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> InspectionChange
  {
    throw reader.error("unknown inspection change type \(type)")
  }
}
