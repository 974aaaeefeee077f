import CaseDeskDomain

/// The JSON encoding of what a case is opened on.
extension CaseOpening {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("enterprise", enterprise)
      w.key("source")
      source.write(to: &w)
      w.field("violation", violation)
      w.field("legalBasis", legalBasis)
      w.field("conductOn", conductOn)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseOpening {
    var enterprise: EnterpriseID?
    var source: CaseSource?
    var violation: String?
    var legalBasis: String?
    var conductOn: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "enterprise": enterprise = try r.readID()
      case "source": source = try CaseSource.read(from: &r)
      case "violation": violation = try r.readString()
      case "legalBasis": legalBasis = try r.readString()
      case "conductOn": conductOn = try r.readDay()
      default: try r.skipValue()
      }
    }
    return try CaseOpening(
      enterprise: reader.required(enterprise, "enterprise"),
      source: reader.required(source, "source"), violation: reader.required(violation, "violation"),
      legalBasis: reader.required(legalBasis, "legalBasis"),
      conductOn: reader.required(conductOn, "conductOn"))
  }
}
