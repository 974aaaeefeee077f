import CaseDeskDomain

/// The JSON encoding of a case decision: `{"kind":"penalty","terms":{…}}`.
///
/// Kinds (the `DecisionKind` names): `penalty` (with `terms`), `lighterPenalty` and
/// `mitigatedPenalty` (with `terms`, `listItem`), `noPenaltyMinor` (with `findings`),
/// `noPenaltyNotEstablished` (with `reasons`), `referral` (with `crime`, `responsiblePersons`).
extension CaseDecision {
  /// Writes the decision as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("kind", kind)
      switch self {
      case .penalty(let terms):
        w.key("terms")
        terms.write(to: &w)
      case .lighterPenalty(let terms, let listItem), .mitigatedPenalty(let terms, let listItem):
        w.key("terms")
        terms.write(to: &w)
        w.field("listItem", listItem)
      case .noPenaltyMinor(let findings):
        w.key("findings")
        findings.write(to: &w)
      case .noPenaltyNotEstablished(let reasons):
        w.field("reasons", reasons)
      case .referral(let ground, let persons):
        w.key("crime")
        ground.write(to: &w)
        if !persons.isEmpty { w.field("responsiblePersons", strings: persons) }
      }
    }
  }

  /// Reads a decision written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseDecision {
    var kind: DecisionKind?
    var terms: PenaltyTerms?
    var listItem: String?
    var findings: NoPenaltyFindings?
    var reasons: String?
    var crime: CrimeGround?
    var persons: [String] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "kind": kind = try r.readEnum(DecisionKind.self)
      case "terms": terms = try PenaltyTerms.read(from: &r)
      case "listItem": listItem = try r.readString()
      case "findings": findings = try NoPenaltyFindings.read(from: &r)
      case "reasons": reasons = try r.readString()
      case "crime": crime = try CrimeGround.read(from: &r)
      case "responsiblePersons": persons = try r.readStrings()
      default: try r.skipValue()
      }
    }
    switch try reader.required(kind, "kind") {
    case .penalty: return .penalty(try reader.required(terms, "terms"))
    case .lighterPenalty:
      return .lighterPenalty(
        try reader.required(terms, "terms"), listItem: try reader.required(listItem, "listItem"))
    case .mitigatedPenalty:
      return .mitigatedPenalty(
        try reader.required(terms, "terms"), listItem: try reader.required(listItem, "listItem"))
    case .noPenaltyMinor: return .noPenaltyMinor(try reader.required(findings, "findings"))
    case .noPenaltyNotEstablished:
      return .noPenaltyNotEstablished(reasons: try reader.required(reasons, "reasons"))
    case .referral:
      return .referral(try reader.required(crime, "crime"), responsiblePersons: persons)
    }
  }
}
