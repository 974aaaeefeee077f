/// A measured fact that may meet a crime threshold.
public enum MeasuredFact: Hashable, Sendable {
  /// Hazardous waste dumped, discharged or disposed of illegally, in kilograms.
  case hazardousWaste(kilograms: Int)
  /// A substance discharged at a measured concentration against its standard (same unit).
  case discharge(HeavyMetal, measured: Double, standard: Double)

  /// A short description, as `Pb 0.45 / 0.1` or `危险废物 3200 kg`.
  public var summary: LocalizedText {
    switch self {
    case .hazardousWaste(let kilograms):
      return LocalizedText(zh: "危险废物 \(kilograms) kg", en: "hazardous waste \(kilograms) kg")
    case .discharge(let metal, let measured, let standard):
      let text = "\(metal.symbol) \(measured) / \(standard)"
      return LocalizedText(zh: text, en: text)
    }
  }
}
