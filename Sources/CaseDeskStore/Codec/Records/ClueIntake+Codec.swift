import CaseDeskDomain

/// JSON encoding of a clue as it arrives, before it has an id.
///
/// `{"source","enterprise","facts","measurement","receivedAt"}`; the enterprise and measurement
/// are left out when nil. Clues are the most numerous records, so these fields are also written
/// flat into the `clue.received` change and the `Clue` record (no nested object):
/// `writeFields(to:)` and `CodecFields` share that work.
extension ClueIntake {
  /// Writes the intake as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in writeFields(to: &w) }
  }

  /// Writes the intake's fields into the object being written.
  func writeFields(to writer: inout JSONWriter) {
    writer.field("source", source)
    writer.field("enterprise", enterprise)
    writer.field("facts", facts)
    if let measurement {
      writer.key("measurement")
      measurement.write(to: &writer)
    }
    writer.field("receivedAt", receivedAt)
  }

  /// Reads an intake written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ClueIntake {
    var fields = CodecFields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      if try !fields.read(key, from: &r) { try r.skipValue() }
    }
    return try fields.intake(reader)
  }

  /// The intake's fields collected one key at a time, inside whichever object holds them.
  struct CodecFields {
    var source: Clue.Source?
    var enterprise: EnterpriseID?
    var facts: String?
    var measurement: ClueMeasurement?
    var receivedAt: Timestamp?

    /// Reads the value of an intake key and returns true; returns false for any other key.
    ///
    /// When it returns false the value has not been read: the caller reads or skips it.
    mutating func read(_ key: String, from reader: inout JSONReader) throws(CodecError) -> Bool {
      switch key {
      case "source": source = try reader.readEnum(Clue.Source.self)
      case "enterprise": enterprise = try reader.readID()
      case "facts": facts = try reader.readString()
      case "measurement": measurement = try ClueMeasurement.read(from: &reader)
      case "receivedAt": receivedAt = try reader.readTimestamp()
      default: return false
      }
      return true
    }

    /// The intake, or the error of the first required field missing.
    func intake(_ reader: JSONReader) throws(CodecError) -> ClueIntake {
      ClueIntake(
        source: try reader.required(source, "source"), enterprise: enterprise,
        facts: try reader.required(facts, "facts"), measurement: measurement,
        receivedAt: try reader.required(receivedAt, "receivedAt"))
    }
  }
}
