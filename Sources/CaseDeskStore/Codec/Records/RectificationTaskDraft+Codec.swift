import CaseDeskDomain

/// JSON encoding of a new rectification task.
///
/// `{"title","district","deadline","evidence","enterprises"}`.
///
/// The same fields are written flat into the `rectification.created` change and the task
/// record, through `writeFields(to:)` and `CodecFields`. Empty lists are left out.
extension RectificationTaskDraft {
  /// Writes the draft as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in writeFields(to: &w) }
  }

  /// Writes the draft's fields into the object being written.
  func writeFields(to writer: inout JSONWriter) {
    writer.field("title", title)
    writer.field("district", district)
    writer.field("deadline", deadline)
    if !evidence.isEmpty { writer.field("evidence", strings: evidence) }
    if !enterprises.isEmpty { writer.field("enterprises", ids: enterprises) }
  }

  /// Reads a draft written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> RectificationTaskDraft {
    var fields = CodecFields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      if try !fields.read(key, from: &r) { try r.skipValue() }
    }
    return try fields.draft(reader)
  }

  /// The draft's fields collected one key at a time, inside whichever object holds them.
  struct CodecFields {
    var title: String?
    var district: String?
    var deadline: Day?
    var evidence: [String] = []
    var enterprises: [EnterpriseID] = []

    /// Reads the value of a draft key and returns true; returns false for any other key.
    ///
    /// When it returns false the value has not been read: the caller reads or skips it.
    mutating func read(_ key: String, from reader: inout JSONReader) throws(CodecError) -> Bool {
      switch key {
      case "title": title = try reader.readString()
      case "district": district = try reader.readString()
      case "deadline": deadline = try reader.readDay()
      case "evidence": evidence = try reader.readStrings()
      case "enterprises": enterprises = try reader.readIDs()
      default: return false
      }
      return true
    }

    /// The draft, or the error of the first required field missing.
    func draft(_ reader: JSONReader) throws(CodecError) -> RectificationTaskDraft {
      RectificationTaskDraft(
        title: try reader.required(title, "title"),
        district: try reader.required(district, "district"),
        deadline: try reader.required(deadline, "deadline"), evidence: evidence,
        enterprises: enterprises)
    }
  }
}
