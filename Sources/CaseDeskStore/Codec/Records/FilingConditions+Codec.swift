import CaseDeskDomain

/// The JSON encoding of the conditions confirmed when a case is filed.
extension FilingConditions {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("suspectedViolation", suspectedViolation)
      w.field("penaltyPossible", penaltyPossible)
      w.field("withinJurisdiction", withinJurisdiction)
      w.field("notTimeBarred", notTimeBarred)
      w.field("opinion", opinion)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> FilingConditions {
    var suspectedViolation: Bool?
    var penaltyPossible: Bool?
    var withinJurisdiction: Bool?
    var notTimeBarred: Bool?
    var opinion: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "suspectedViolation": suspectedViolation = try r.readBool()
      case "penaltyPossible": penaltyPossible = try r.readBool()
      case "withinJurisdiction": withinJurisdiction = try r.readBool()
      case "notTimeBarred": notTimeBarred = try r.readBool()
      case "opinion": opinion = try r.readString()
      default: try r.skipValue()
      }
    }
    return try FilingConditions(
      suspectedViolation: reader.required(suspectedViolation, "suspectedViolation"),
      penaltyPossible: reader.required(penaltyPossible, "penaltyPossible"),
      withinJurisdiction: reader.required(withinJurisdiction, "withinJurisdiction"),
      notTimeBarred: reader.required(notTimeBarred, "notTimeBarred"),
      opinion: reader.required(opinion, "opinion"))
  }
}
