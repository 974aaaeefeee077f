import CaseDeskDomain

/// Shared encodings of the domain's small values, so every codec writes them the same way.
extension JSONWriter {
  /// An enum by its raw name.
  public mutating func value<T: RawRepresentable>(_ item: T) where T.RawValue == String {
    value(item.rawValue)
  }

  public mutating func field<T: RawRepresentable>(_ name: String, _ item: T)
  where T.RawValue == String {
    field(name, item.rawValue)
  }

  public mutating func field<T: RawRepresentable>(_ name: String, _ item: T?)
  where T.RawValue == String {
    if let item { field(name, item.rawValue) }
  }

  /// A record id as its text.
  public mutating func value<R>(_ id: RecordID<R>) { value(id.raw) }

  public mutating func field<R>(_ name: String, _ id: RecordID<R>) { field(name, id.raw) }

  public mutating func field<R>(_ name: String, _ id: RecordID<R>?) {
    if let id { field(name, id.raw) }
  }

  public mutating func field<R>(_ name: String, ids: [RecordID<R>]) {
    field(name, array: ids) { writer, id in writer.value(id.raw) }
  }

  /// Text in both languages: `{"zh":…,"en":…}`.
  public mutating func value(_ text: LocalizedText) {
    object { writer in
      writer.field("zh", text.zh)
      writer.field("en", text.en)
    }
  }

  public mutating func field(_ name: String, _ text: LocalizedText) {
    key(name)
    value(text)
  }

  /// An actor: a staff id, or `@system` (staff ids cannot contain `@`).
  public mutating func value(_ actor: Actor) { value(actor.journalName) }

  public mutating func field(_ name: String, _ actor: Actor) { field(name, actor.journalName) }

  /// Who and when: `{"by":…,"at":seconds}`.
  public mutating func value(_ stamp: ActionStamp) {
    object { writer in
      writer.field("by", stamp.actor)
      writer.field("at", stamp.time)
    }
  }

  public mutating func field(_ name: String, _ stamp: ActionStamp) {
    key(name)
    value(stamp)
  }

  public mutating func field(_ name: String, _ stamp: ActionStamp?) {
    if let stamp { field(name, stamp) }
  }

  /// A list of strings.
  public mutating func field(_ name: String, strings: [String]) {
    field(name, array: strings) { writer, text in writer.value(text) }
  }

  /// A list of days.
  public mutating func field(_ name: String, days: [Day]) {
    field(name, array: days) { writer, day in writer.value(day) }
  }
}

extension Actor {
  /// The actor as the journal writes it: a staff id, or `@system`.
  public var journalName: String {
    switch self {
    case .staff(let id): return id.raw
    case .system: return "@system"
    }
  }

  /// The actor a journal name stands for.
  public init(journalName: String) {
    self = journalName == "@system" ? .system : .staff(StaffID(journalName))
  }
}
