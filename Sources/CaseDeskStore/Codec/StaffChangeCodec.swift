import CaseDeskDomain

/// Journal encoding of `StaffChange`: a type name (after `staff.`) and a JSON object.
enum StaffChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: StaffChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> StaffChange
  {
    throw reader.error("unknown staff change type \(type)")
  }
}
