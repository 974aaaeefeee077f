import CaseDeskDomain

/// The JSON encoding of a penalty's terms; the fine is in fen.
extension PenaltyTerms {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("fineFen", fineFen)
      w.field("otherMeasures", otherMeasures)
      w.field("legalBasis", legalBasis)
      w.field("discretion", discretion)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> PenaltyTerms {
    var fineFen: Int?
    var otherMeasures: String?
    var legalBasis: String?
    var discretion: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "fineFen": fineFen = try r.readInt()
      case "otherMeasures": otherMeasures = try r.readString()
      case "legalBasis": legalBasis = try r.readString()
      case "discretion": discretion = try r.readString()
      default: try r.skipValue()
      }
    }
    return try PenaltyTerms(
      fineFen: reader.required(fineFen, "fineFen"),
      otherMeasures: reader.required(otherMeasures, "otherMeasures"),
      legalBasis: reader.required(legalBasis, "legalBasis"),
      discretion: reader.required(discretion, "discretion"))
  }
}
