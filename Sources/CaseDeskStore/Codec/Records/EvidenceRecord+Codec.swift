import CaseDeskDomain

/// The JSON encoding of one piece of recorded evidence.
extension EvidenceRecord {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("kind", kind)
      w.field("documentNumber", documentNumber)
      w.field("madeOn", madeOn)
      w.field("summary", summary)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> EvidenceRecord {
    var kind: EvidenceKind?
    var documentNumber: String?
    var madeOn: Day?
    var summary: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(EvidenceKind.self)
      case "documentNumber": documentNumber = try r.readString()
      case "madeOn": madeOn = try r.readDay()
      case "summary": summary = try r.readString()
      default: try r.skipValue()
      }
    }
    return try EvidenceRecord(
      kind: reader.required(kind, "kind"),
      documentNumber: reader.required(documentNumber, "documentNumber"),
      madeOn: reader.required(madeOn, "madeOn"), summary: reader.required(summary, "summary"))
  }
}
