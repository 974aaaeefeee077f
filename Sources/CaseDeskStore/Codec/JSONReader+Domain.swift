import CaseDeskDomain

/// Shared decodings of the domain's small values (the counterparts of `JSONWriter+Domain`).
extension JSONReader {
  /// An enum by its raw name; an unknown name is an error naming it.
  public mutating func readEnum<T: RawRepresentable>(_ type: T.Type) throws(CodecError) -> T
  where T.RawValue == String {
    let start = position
    let name = try readString()
    guard let value = T(rawValue: name) else {
      throw CodecError("unknown \(T.self) value \(name)", offset: start)
    }
    return value
  }

  /// A record id.
  public mutating func readID<R>(_ type: R.Type = R.self) throws(CodecError) -> RecordID<R> {
    RecordID<R>(try readString())
  }

  /// A list of record ids.
  public mutating func readIDs<R>(_ type: R.Type = R.self) throws(CodecError) -> [RecordID<R>] {
    try readArray(of: { (reader: inout JSONReader) throws(CodecError) in
      RecordID<R>(try reader.readString())
    })
  }

  /// A list of strings.
  public mutating func readStrings() throws(CodecError) -> [String] {
    try readArray(of: { (reader: inout JSONReader) throws(CodecError) in try reader.readString() })
  }

  /// A list of days.
  public mutating func readDays() throws(CodecError) -> [Day] {
    try readArray(of: { (reader: inout JSONReader) throws(CodecError) in try reader.readDay() })
  }

  /// Text in both languages.
  public mutating func readLocalizedText() throws(CodecError) -> LocalizedText {
    var zh: String?
    var en: String?
    try readObject { (reader: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "zh": zh = try reader.readString()
      case "en": en = try reader.readString()
      default: try reader.skipValue()
      }
    }
    guard let zh, let en else { throw error("text needs zh and en") }
    return LocalizedText(zh: zh, en: en)
  }

  /// An actor (a staff id or `@system`).
  public mutating func readActor() throws(CodecError) -> Actor {
    Actor(journalName: try readString())
  }

  /// Who and when.
  public mutating func readStamp() throws(CodecError) -> ActionStamp {
    var actor: Actor?
    var time: Timestamp?
    try readObject { (reader: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "by": actor = try reader.readActor()
      case "at": time = try reader.readTimestamp()
      default: try reader.skipValue()
      }
    }
    guard let actor, let time else { throw error("a stamp needs by and at") }
    return ActionStamp(actor: actor, time: time)
  }

  /// Throws the standard "missing field" error when a required field was not present.
  public func required<T>(_ value: T?, _ name: String) throws(CodecError) -> T {
    guard let value else { throw error("missing field \(name)") }
    return value
  }
}
