import CaseDeskDomain

/// Journal encoding of `ServiceChange`: a type name (after `service.`) and a JSON object.
enum ServiceChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ServiceChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ServiceChange
  {
    throw reader.error("unknown service change type \(type)")
  }
}
