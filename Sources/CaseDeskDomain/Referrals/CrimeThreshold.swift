/// A crime threshold of the 2023 judicial interpretation, met or not by a measured fact.
public struct CrimeThreshold: Hashable, Sendable {
  /// The fact that met a threshold.
  public var fact: MeasuredFact
  /// The threshold in words (`≥3 t`, `≥3× the standard`).
  public var threshold: LocalizedText

  public init(fact: MeasuredFact, threshold: LocalizedText) {
    self.fact = fact
    self.threshold = threshold
  }

  /// The hazardous-waste threshold in kilograms (3 tonnes).
  public static let hazardousWasteKilograms = 3000

  /// How many times the standard a substance must reach: 3× for Pb, Hg, Cd, Cr, As, Tl, Sb;
  /// 10× for Ni, Cu, Zn, Ag, V, Mn, Co.
  public static func multiple(for metal: HeavyMetal) -> Double {
    switch metal {
    case .lead, .mercury, .cadmium, .chromium, .arsenic, .thallium, .antimony: return 3
    case .nickel, .copper, .zinc, .silver, .vanadium, .manganese, .cobalt: return 10
    }
  }

  /// The thresholds the facts meet; an empty answer means no crime referral is suggested by
  /// these figures (other grounds may still call for one).
  public static func met(by facts: [MeasuredFact]) -> [CrimeThreshold] {
    facts.compactMap { fact in
      switch fact {
      case .hazardousWaste(let kilograms):
        guard kilograms >= hazardousWasteKilograms else { return nil }
        return CrimeThreshold(
          fact: fact, threshold: LocalizedText(zh: "危险废物≥3吨", en: "hazardous waste ≥3 t"))
      case .discharge(let metal, let measured, let standard):
        let times = multiple(for: metal)
        guard standard > 0, measured / standard + 1e-9 >= times else { return nil }
        let n = Int(times)
        return CrimeThreshold(
          fact: fact,
          threshold: LocalizedText(
            zh: "\(metal.symbol)超标\(n)倍以上", en: "\(metal.symbol) ≥\(n)× the standard"))
      }
    }
  }

  /// Whether the facts suggest a crime referral (any threshold met).
  public static func suggestsReferral(_ facts: [MeasuredFact]) -> Bool {
    !met(by: facts).isEmpty
  }
}
