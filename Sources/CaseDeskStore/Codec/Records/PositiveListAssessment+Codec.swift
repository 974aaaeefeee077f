import CaseDeskDomain

/// The JSON form of the criteria an admission was checked against.
///
/// `{"checkedOn","checks":[{"criterion","finding","evidence":{"zh","en"}}],
/// "facts":{"penalties"?,"crimeRecords"?},"unknownsConfirmed"}`. A list of facts nobody
/// searched for (nil) is left out; an empty search result is written as `[]`.
extension PositiveListEntry.Assessment {
  /// Writes the assessment as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("checkedOn", checkedOn)
      w.field("checks", array: checks) { $1.write(to: &$0) }
      w.key("facts")
      facts.write(to: &w)
      w.field("unknownsConfirmed", unknownsConfirmed)
    }
  }

  /// Reads an assessment written by `write(to:)`.
  ///
  /// `checks` is required; missing `facts` means nothing was searched and a missing
  /// `unknownsConfirmed` means false.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> PositiveListEntry.Assessment
  {
    var checkedOn: Day?
    var checks: [PositiveListEntry.CriterionCheck]?
    var facts = PositiveListEntry.EnforcementFacts()
    var unknownsConfirmed = false
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "checkedOn": checkedOn = try r.readDay()
      case "checks":
        checks = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try PositiveListEntry.CriterionCheck.read(from: &e)
        })
      case "facts": facts = try PositiveListEntry.EnforcementFacts.read(from: &r)
      case "unknownsConfirmed": unknownsConfirmed = try r.readBool()
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.Assessment(
      checkedOn: try reader.required(checkedOn, "checkedOn"),
      checks: try reader.required(checks, "checks"), facts: facts,
      unknownsConfirmed: unknownsConfirmed)
  }
}

/// The JSON form of one criterion checked: `{"criterion","finding","evidence":{"zh","en"}}`.
extension PositiveListEntry.CriterionCheck {
  /// Writes the check as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("criterion", criterion)
      w.field("finding", finding)
      w.field("evidence", evidence)
    }
  }

  /// Reads a check written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> PositiveListEntry.CriterionCheck
  {
    var criterion: PositiveListEntry.Criterion?
    var finding: PositiveListEntry.Finding?
    var evidence: LocalizedText?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "criterion": criterion = try r.readEnum(PositiveListEntry.Criterion.self)
      case "finding": finding = try r.readEnum(PositiveListEntry.Finding.self)
      case "evidence": evidence = try r.readLocalizedText()
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.CriterionCheck(
      criterion: try reader.required(criterion, "criterion"),
      finding: try reader.required(finding, "finding"),
      evidence: try reader.required(evidence, "evidence"))
  }
}

/// The JSON form of the penalties and crime records a search found.
///
/// `{"penalties"?:[records],"crimeRecords"?:[records]}`: left out when not searched (nil).
extension PositiveListEntry.EnforcementFacts {
  /// Writes the facts as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      if let penalties { w.field("penalties", array: penalties) { $1.write(to: &$0) } }
      if let crimeRecords { w.field("crimeRecords", array: crimeRecords) { $1.write(to: &$0) } }
    }
  }

  /// Reads facts written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> PositiveListEntry.EnforcementFacts
  {
    var facts = PositiveListEntry.EnforcementFacts()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "penalties": facts.penalties = try readRecords(from: &r)
      case "crimeRecords": facts.crimeRecords = try readRecords(from: &r)
      default: try r.skipValue()
      }
    }
    return facts
  }

  /// Reads a list of prior records.
  private static func readRecords(from reader: inout JSONReader) throws(CodecError)
    -> [PositiveListEntry.PriorRecord]
  {
    try reader.readArray(of: { (e: inout JSONReader) throws(CodecError) in
      try PositiveListEntry.PriorRecord.read(from: &e)
    })
  }
}

/// The JSON form of a penalty decision or crime record found: `{"day","reference"}`.
extension PositiveListEntry.PriorRecord {
  /// Writes the record as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("day", day)
      w.field("reference", reference)
    }
  }

  /// Reads a record written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError)
    -> PositiveListEntry.PriorRecord
  {
    var day: Day?
    var reference: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "day": day = try r.readDay()
      case "reference": reference = try r.readString()
      default: try r.skipValue()
      }
    }
    return PositiveListEntry.PriorRecord(
      day: try reader.required(day, "day"), reference: try reader.required(reference, "reference"))
  }
}
