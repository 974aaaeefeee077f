/// A small deterministic generator (SplitMix64), so every property-test run tries the same
/// command sequences.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when the bound is not positive).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

  /// A coin toss.
  mutating func bool() -> Bool { below(2) == 0 }

  /// One element of an array, or nil when it is empty.
  mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }

  /// Mostly one of the last few elements (so records move on through their steps).
  mutating func pickRecent<T>(_ items: [T]) -> T? {
    below(4) == 0 ? pick(items) : pick(Array(items.suffix(3)))
  }
}
