import CaseDeskDomain

/// Journal encoding of `ReferralChange`: a type name (after `referral.`) and a JSON object.
enum ReferralChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: ReferralChange, into writer: inout JSONWriter) -> String {
    writer.object { _ in }
    return "pending"
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> ReferralChange
  {
    throw reader.error("unknown referral change type \(type)")
  }
}
