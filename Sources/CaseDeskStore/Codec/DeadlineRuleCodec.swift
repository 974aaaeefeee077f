import CaseDeskDomain

/// The encoding of a legal clock rule (in settings changes and the snapshot).
enum DeadlineRuleCodec {
  static func write(_ rule: DeadlineRule, to writer: inout JSONWriter) {
    writer.field("id", rule.id.raw)
    writer.field("title", rule.title)
    writer.field("basis", rule.basis)
    writer.field("amount", rule.amount)
    writer.field("unit", rule.unit)
    writer.field("extensions", array: rule.extensions) { $0.value($1) }
    writer.field("party", rule.party)
  }

  static func read(from reader: inout JSONReader) throws(CodecError) -> DeadlineRule {
    var id: String?
    var title: LocalizedText?
    var basis: LocalizedText?
    var amount: Int?
    var unit: ClockUnit?
    var extensions: [Int] = []
    var party: DeadlineRule.Party?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "id": id = try r.readString()
      case "title": title = try r.readLocalizedText()
      case "basis": basis = try r.readLocalizedText()
      case "amount": amount = try r.readInt()
      case "unit": unit = try r.readEnum(ClockUnit.self)
      case "extensions":
        extensions = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try e.readInt()
        })
      case "party": party = try r.readEnum(DeadlineRule.Party.self)
      default: try r.skipValue()
      }
    }
    return DeadlineRule(
      id: DeadlineRuleID(try reader.required(id, "id")), title: try reader.required(title, "title"),
      basis: try reader.required(basis, "basis"), amount: try reader.required(amount, "amount"),
      unit: try reader.required(unit, "unit"), extensions: extensions,
      party: try reader.required(party, "party"))
  }
}
