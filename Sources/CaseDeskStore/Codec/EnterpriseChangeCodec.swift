import CaseDeskDomain

/// Journal encoding of `EnterpriseChange`: a type name (after `enterprise.`) and a JSON object.
enum EnterpriseChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: EnterpriseChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> EnterpriseChange
  {
    throw reader.error("unknown enterprise change type \(type)")
  }
}
