import CaseDeskDomain

/// The JSON encoding of the findings behind a no-penalty decision.
extension NoPenaltyFindings {
  /// Writes the value as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("listItem", listItem)
      w.field("firstOffence", firstOffence)
      w.field("minor", minor)
      w.field("correctedInTime", correctedInTime)
      w.field("noHarmfulConsequence", noHarmfulConsequence)
      w.field("notInSensitiveArea", notInSensitiveArea)
      w.field("correctionOrder", correctionOrder)
      w.field("correctionDeadline", correctionDeadline)
      w.field("correctedOn", correctedOn)
      w.field("recheckOn", recheckOn)
    }
  }

  /// Reads a value written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> NoPenaltyFindings {
    var listItem: String?
    var firstOffence: Bool?
    var minor: Bool?
    var correctedInTime: Bool?
    var noHarmfulConsequence: Bool?
    var notInSensitiveArea: Bool?
    var correctionOrder: String?
    var correctionDeadline: Day?
    var correctedOn: Day?
    var recheckOn: Day?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "listItem": listItem = try r.readString()
      case "firstOffence": firstOffence = try r.readBool()
      case "minor": minor = try r.readBool()
      case "correctedInTime": correctedInTime = try r.readBool()
      case "noHarmfulConsequence": noHarmfulConsequence = try r.readBool()
      case "notInSensitiveArea": notInSensitiveArea = try r.readBool()
      case "correctionOrder": correctionOrder = try r.readString()
      case "correctionDeadline": correctionDeadline = try r.readDay()
      case "correctedOn": correctedOn = try r.readDay()
      case "recheckOn": recheckOn = try r.readDay()
      default: try r.skipValue()
      }
    }
    return try NoPenaltyFindings(
      listItem: reader.required(listItem, "listItem"),
      firstOffence: reader.required(firstOffence, "firstOffence"),
      minor: reader.required(minor, "minor"),
      correctedInTime: reader.required(correctedInTime, "correctedInTime"),
      noHarmfulConsequence: reader.required(noHarmfulConsequence, "noHarmfulConsequence"),
      notInSensitiveArea: reader.required(notInSensitiveArea, "notInSensitiveArea"),
      correctionOrder: reader.required(correctionOrder, "correctionOrder"),
      correctionDeadline: reader.required(correctionDeadline, "correctionDeadline"),
      correctedOn: correctedOn, recheckOn: recheckOn)
  }
}
