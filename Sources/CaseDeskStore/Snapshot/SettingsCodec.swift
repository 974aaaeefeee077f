import CaseDeskDomain

/// The encoding of the bureau's settings (in the snapshot header).
enum SettingsCodec {
  static func write(_ settings: DomainSettings, to writer: inout JSONWriter) {
    writer.field("utcOffset", settings.utcOffset)
    writer.field("caseNumberPrefix", settings.caseNumberPrefix)
    writer.field("positiveListAdmissionNeedsApproval", settings.positiveListAdmissionNeedsApproval)
    let rules = settings.clocks.rules.keys.sorted().compactMap { settings.clocks.rules[$0] }
    writer.field("clocks", array: rules) { element, rule in
      element.object { DeadlineRuleCodec.write(rule, to: &$0) }
    }
  }

  static func read(from reader: inout JSONReader) throws(CodecError) -> DomainSettings {
    var settings = DomainSettings()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "utcOffset": settings.utcOffset = try r.readInt()
      case "caseNumberPrefix": settings.caseNumberPrefix = try r.readString()
      case "positiveListAdmissionNeedsApproval":
        settings.positiveListAdmissionNeedsApproval = try r.readBool()
      case "clocks":
        let rules = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try DeadlineRuleCodec.read(from: &e)
        })
        settings.clocks = ClockTable(rules: rules)
      default: try r.skipValue()
      }
    }
    return settings
  }
}
