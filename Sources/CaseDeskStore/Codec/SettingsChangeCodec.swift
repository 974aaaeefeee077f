import CaseDeskDomain

/// Journal encoding of `SettingsChange` (type names after `settings.`).
enum SettingsChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: SettingsChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .caseNumberPrefixSet(let prefix):
      writer.object { $0.field("prefix", prefix) }
      return "caseNumberPrefixSet"
    case .positiveListAdmissionApprovalSet(let required):
      writer.object { $0.field("required", required) }
      return "positiveListAdmissionApprovalSet"
    case .deadlineRuleSet(let rule):
      writer.object { $0.field("rule", object: { DeadlineRuleCodec.write(rule, to: &$0) }) }
      return "deadlineRuleSet"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> SettingsChange
  {
    switch type {
    case "caseNumberPrefixSet":
      var prefix: String?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        if key == "prefix" { prefix = try r.readString() } else { try r.skipValue() }
      }
      return .caseNumberPrefixSet(try reader.required(prefix, "prefix"))
    case "positiveListAdmissionApprovalSet":
      var required: Bool?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        if key == "required" { required = try r.readBool() } else { try r.skipValue() }
      }
      return .positiveListAdmissionApprovalSet(required: try reader.required(required, "required"))
    case "deadlineRuleSet":
      var rule: DeadlineRule?
      try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
        if key == "rule" { rule = try DeadlineRuleCodec.read(from: &r) } else { try r.skipValue() }
      }
      return .deadlineRuleSet(try reader.required(rule, "rule"))
    default:
      throw reader.error("unknown settings change type \(type)")
    }
  }
}
