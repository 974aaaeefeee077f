import CaseDeskDomain

/// The JSON encoding of a measured fact behind a crime referral: `{"kind":…,…}`.
///
/// Kinds: `hazardousWaste` (with `kilograms`), `discharge` (with `metal`, `measured`,
/// `standard`; the two concentrations as JSON numbers in the same unit).
extension MeasuredFact {
  /// Writes the fact as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .hazardousWaste(let kilograms):
        w.field("kind", "hazardousWaste")
        w.field("kilograms", kilograms)
      case .discharge(let metal, let measured, let standard):
        w.field("kind", "discharge")
        w.field("metal", metal)
        w.field("measured", measured)
        w.field("standard", standard)
      }
    }
  }

  /// Reads a fact written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> MeasuredFact {
    var kind: String?
    var kilograms: Int?
    var metal: HeavyMetal?
    var measured: Double?
    var standard: Double?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readString()
      case "kilograms": kilograms = try r.readInt()
      case "metal": metal = try r.readEnum(HeavyMetal.self)
      case "measured": measured = try r.readDouble()
      case "standard": standard = try r.readDouble()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case "hazardousWaste":
      return .hazardousWaste(kilograms: try reader.required(kilograms, "kilograms"))
    case "discharge":
      return .discharge(
        try reader.required(metal, "metal"), measured: try reader.required(measured, "measured"),
        standard: try reader.required(standard, "standard"))
    case let other: throw reader.error("unknown measured fact kind \(other)")
    }
  }
}
