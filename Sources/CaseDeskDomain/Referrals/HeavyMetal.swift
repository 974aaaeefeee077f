/// A heavy metal or other toxic substance named by the 2023 judicial interpretation's
/// discharge thresholds (最高法、最高检〔2023〕7号 article 1(4)).
public enum HeavyMetal: String, Hashable, Sendable, CaseIterable {
  case lead
  case mercury
  case cadmium
  case chromium
  case arsenic
  case thallium
  case antimony
  case nickel
  case copper
  case zinc
  case silver
  case vanadium
  case manganese
  case cobalt

  /// The element's symbol.
  public var symbol: String {
    switch self {
    case .lead: return "Pb"
    case .mercury: return "Hg"
    case .cadmium: return "Cd"
    case .chromium: return "Cr"
    case .arsenic: return "As"
    case .thallium: return "Tl"
    case .antimony: return "Sb"
    case .nickel: return "Ni"
    case .copper: return "Cu"
    case .zinc: return "Zn"
    case .silver: return "Ag"
    case .vanadium: return "V"
    case .manganese: return "Mn"
    case .cobalt: return "Co"
    }
  }
}
