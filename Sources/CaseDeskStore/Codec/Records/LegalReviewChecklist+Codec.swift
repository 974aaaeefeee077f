import CaseDeskDomain

/// The JSON encoding of the legal review's checklist.
extension LegalReviewChecklist {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("jurisdiction", jurisdiction)
      w.field("procedure", procedure)
      w.field("facts", facts)
      w.field("basis", basis)
      w.field("discretion", discretion)
      w.field("documents", documents)
      w.field("crimeReferralNeeded", crimeReferralNeeded)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> LegalReviewChecklist {
    var jurisdiction: Bool?
    var procedure: Bool?
    var facts: Bool?
    var basis: Bool?
    var discretion: Bool?
    var documents: Bool?
    var crimeReferralNeeded: Bool?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "jurisdiction": jurisdiction = try r.readBool()
      case "procedure": procedure = try r.readBool()
      case "facts": facts = try r.readBool()
      case "basis": basis = try r.readBool()
      case "discretion": discretion = try r.readBool()
      case "documents": documents = try r.readBool()
      case "crimeReferralNeeded": crimeReferralNeeded = try r.readBool()
      default: try r.skipValue()
      }
    }
    return try LegalReviewChecklist(
      jurisdiction: reader.required(jurisdiction, "jurisdiction"),
      procedure: reader.required(procedure, "procedure"), facts: reader.required(facts, "facts"),
      basis: reader.required(basis, "basis"), discretion: reader.required(discretion, "discretion"),
      documents: reader.required(documents, "documents"),
      crimeReferralNeeded: reader.required(crimeReferralNeeded, "crimeReferralNeeded"))
  }
}
