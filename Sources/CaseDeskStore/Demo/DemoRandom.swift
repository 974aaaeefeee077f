/// A seeded SplitMix64 generator: the demo's only source of chance, so that it is deterministic.
struct DemoRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when the bound is not positive).
  mutating func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next() % UInt64(bound))
  }

  /// A number in a closed range.
  mutating func within(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// One element of a non-empty array (the first when empty is impossible by construction).
  mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }

  /// True with a probability in percent.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
