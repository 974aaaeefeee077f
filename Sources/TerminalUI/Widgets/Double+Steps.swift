extension Double {
  /// This value as a share of `top`, in whole `steps` (0…steps, rounded down).
  ///
  /// Safe for any input: NaN, infinities, negatives and a non-positive `top` give 0 or
  /// `steps`, never a trap converting to `Int`.
  func steps(of top: Double, _ steps: Int) -> Int {
    guard steps > 0, top > 0, top.isFinite, !isNaN, self > 0 else { return 0 }
    let fraction = Swift.min(1, self / top)
    guard fraction.isFinite else { return steps }
    return Swift.max(0, Swift.min(steps, Int(fraction * Double(steps))))
  }
}
