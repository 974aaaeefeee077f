import CaseDeskDomain

/// The JSON encoding of a referral's grounds: `{"kind":"crime","crime":{…}}`.
///
/// Kinds: `crime` (with `crime`, a crime ground), `detention` (with `detention`, a detention
/// ground).
extension ReferralGround {
  /// Writes the ground as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      switch self {
      case .crime(let ground):
        w.field("kind", "crime")
        w.key("crime")
        ground.write(to: &w)
      case .detention(let ground):
        w.field("kind", "detention")
        w.key("detention")
        ground.write(to: &w)
      }
    }
  }

  /// Reads a ground written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ReferralGround {
    var kind: ReferralKind?
    var crime: CrimeGround?
    var detention: DetentionGround?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(ReferralKind.self)
      case "crime": crime = try CrimeGround.read(from: &r)
      case "detention": detention = try DetentionGround.read(from: &r)
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case .crime: return .crime(try reader.required(crime, "crime"))
    case .detention: return .detention(try reader.required(detention, "detention"))
    }
  }
}
