import CaseDeskDomain

/// The JSON encoding of a ground for administrative detention: `{"kind":…}`.
///
/// Kinds: `buildingWithoutEIA`, `dischargingWithoutPermit`, `bannedPesticides`, and
/// `evasiveDischarge` (with `means`, an `EvasiveMeans` name).
extension DetentionGround {
  /// Writes the ground as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .buildingWithoutEIA: w.field("kind", "buildingWithoutEIA")
      case .dischargingWithoutPermit: w.field("kind", "dischargingWithoutPermit")
      case .evasiveDischarge(let means):
        w.field("kind", "evasiveDischarge")
        w.field("means", means)
      case .bannedPesticides: w.field("kind", "bannedPesticides")
      }
    }
  }

  /// Reads a ground written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> DetentionGround {
    var kind: String?
    var means: EvasiveMeans?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "means": means = try r.readEnum(EvasiveMeans.self)
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "buildingWithoutEIA": return .buildingWithoutEIA
    case "dischargingWithoutPermit": return .dischargingWithoutPermit
    case "evasiveDischarge": return .evasiveDischarge(try reader.required(means, "means"))
    case "bannedPesticides": return .bannedPesticides
    case let other: throw reader.error("unknown detention ground kind \(other)")
    }
  }
}
