import CaseDeskDomain

/// The journal's encoding of every change: a dotted type name (`case.filed`) and a JSON object.
///
/// Type names are stable: they are what a clerk greps for and what another program parses
/// (docs/file-format.md lists them). The area prefix picks the area's codec.
public enum ChangeCodec {
  /// The type name and JSON data of a change.
  public static func encode(_ change: Change) -> (type: String, data: [UInt8]) {
    var writer = JSONWriter()
    let type: String
    switch change {
    case .staff(let c): type = "staff." + StaffChangeCodec.encode(c, into: &writer)
    case .enterprise(let c): type = "enterprise." + EnterpriseChangeCodec.encode(c, into: &writer)
    case .positiveList(let c):
      type = "positive." + PositiveListChangeCodec.encode(c, into: &writer)
    case .inspection(let c): type = "inspection." + InspectionChangeCodec.encode(c, into: &writer)
    case .clue(let c): type = "clue." + ClueChangeCodec.encode(c, into: &writer)
    case .enforcementCase(let c): type = "case." + CaseChangeCodec.encode(c, into: &writer)
    case .referral(let c): type = "referral." + ReferralChangeCodec.encode(c, into: &writer)
    case .service(let c): type = "service." + ServiceChangeCodec.encode(c, into: &writer)
    case .rectification(let c):
      type = "rectification." + RectificationChangeCodec.encode(c, into: &writer)
    case .settings(let c): type = "settings." + SettingsChangeCodec.encode(c, into: &writer)
    case .undo(let c): type = "undo." + UndoChangeCodec.encode(c, into: &writer)
    }
    return (type, writer.bytes)
  }

  /// Reads a change from its type name and JSON data (`data[start..<end]`).
  public static func decode(type: String, data: [UInt8], from start: Int = 0, to end: Int? = nil)
    throws(CodecError) -> Change
  {
    var reader = JSONReader(data, from: start, to: end)
    guard let dot = type.utf8.firstIndex(of: UInt8(ascii: ".")) else {
      throw CodecError("change type without an area: \(type)", offset: 0)
    }
    let area = type[..<dot]
    let name = type[type.index(after: dot)...]
    let change: Change
    switch area {
    case "staff": change = .staff(try StaffChangeCodec.decode(name, from: &reader))
    case "enterprise": change = .enterprise(try EnterpriseChangeCodec.decode(name, from: &reader))
    case "positive":
      change = .positiveList(try PositiveListChangeCodec.decode(name, from: &reader))
    case "inspection": change = .inspection(try InspectionChangeCodec.decode(name, from: &reader))
    case "clue": change = .clue(try ClueChangeCodec.decode(name, from: &reader))
    case "case": change = .enforcementCase(try CaseChangeCodec.decode(name, from: &reader))
    case "referral": change = .referral(try ReferralChangeCodec.decode(name, from: &reader))
    case "service": change = .service(try ServiceChangeCodec.decode(name, from: &reader))
    case "rectification":
      change = .rectification(try RectificationChangeCodec.decode(name, from: &reader))
    case "settings": change = .settings(try SettingsChangeCodec.decode(name, from: &reader))
    case "undo": change = .undo(try UndoChangeCodec.decode(name, from: &reader))
    default: throw CodecError("unknown change area: \(area)", offset: 0)
    }
    try reader.expectEnd()
    return change
  }
}
