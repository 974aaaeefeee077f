import CaseDeskDomain

/// The JSON encoding of the prior notice of a proposed penalty.
extension PriorNotice {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("documentNumber", documentNumber)
      w.field("facts", facts)
      w.field("reasons", reasons)
      w.field("basis", basis)
      w.field("proposedPenalty", proposedPenalty)
      w.field("hearingRight", hearingRight)
      w.field("servedOn", servedOn)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PriorNotice {
    var documentNumber: String?
    var facts: String?
    var reasons: String?
    var basis: String?
    var proposedPenalty: String?
    var hearingRight: Bool?
    var servedOn: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "documentNumber": documentNumber = try r.readString()
      case "facts": facts = try r.readString()
      case "reasons": reasons = try r.readString()
      case "basis": basis = try r.readString()
      case "proposedPenalty": proposedPenalty = try r.readString()
      case "hearingRight": hearingRight = try r.readBool()
      case "servedOn": servedOn = try r.readDay()
      default: try r.skipValue()
      }
    }
    return try PriorNotice(
      documentNumber: reader.required(documentNumber, "documentNumber"),
      facts: reader.required(facts, "facts"), reasons: reader.required(reasons, "reasons"),
      basis: reader.required(basis, "basis"),
      proposedPenalty: reader.required(proposedPenalty, "proposedPenalty"),
      hearingRight: reader.required(hearingRight, "hearingRight"),
      servedOn: reader.required(servedOn, "servedOn"))
  }
}
