import CaseDeskDomain

/// JSON encoding of a clue's measurement: `{"pollutant","measured","limit","unit"}`.
///
/// The limit is left out when unknown.
extension ClueMeasurement {
  /// Writes the measurement as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("pollutant", pollutant)
      w.field("measured", measured)
      w.field("limit", limit)
      w.field("unit", unit)
    }
  }

  /// Reads a measurement written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ClueMeasurement {
    var pollutant: String?
    var measured: Double?
    var limit: Double?
    var unit: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "pollutant": pollutant = try r.readString()
      case "measured": measured = try r.readDouble()
      case "limit": limit = try r.readNull() ? nil : r.readDouble()
      case "unit": unit = try r.readString()
      default: try r.skipValue()
      }
    }
    return ClueMeasurement(
      pollutant: try reader.required(pollutant, "pollutant"),
      measured: try reader.required(measured, "measured"), limit: limit,
      unit: try reader.required(unit, "unit"))
  }
}
