/// Splits rectangles into parts along an axis.
public enum Layout {
  /// Splits `rect` along `axis` into one rectangle per constraint, in order.
  ///
  /// Lengths are served first, then percentages of the whole length (after spacing), and the
  /// rest is shared by the `fill` weights (rounding leftovers go to the first fills). Parts
  /// never have a negative size and never overlap; when space runs out the later parts get
  /// less, down to zero. `spacing` cells are left between neighbouring parts. The result
  /// always has `constraints.count` rectangles; with at least one positive fill they tile the
  /// whole area (apart from the spacing).
  public static func split(
    _ rect: Rect, _ axis: Axis, _ constraints: [LayoutConstraint], spacing: Int = 0
  ) -> [Rect] {
    guard !constraints.isEmpty else { return [] }
    let length = axis == .horizontal ? rect.width : rect.height
    let gap = max(0, spacing)
    let available = max(0, length - gap * (constraints.count - 1))
    let sizes = sizes(for: constraints, available: available)
    var result: [Rect] = []
    result.reserveCapacity(sizes.count)
    var offset = 0
    for (index, size) in sizes.enumerated() {
      if index > 0 { offset += gap }
      let start = min(offset, length)
      let clamped = max(0, min(size, length - start))
      switch axis {
      case .horizontal:
        result.append(Rect(x: rect.x + start, y: rect.y, width: clamped, height: rect.height))
      case .vertical:
        result.append(Rect(x: rect.x, y: rect.y + start, width: rect.width, height: clamped))
      }
      offset += size
    }
    return result
  }

  /// The size of each part for `available` cells.
  private static func sizes(for constraints: [LayoutConstraint], available: Int) -> [Int] {
    var sizes = Array(repeating: 0, count: constraints.count)
    var remaining = available
    for (index, constraint) in constraints.enumerated() {
      if case .length(let cells) = constraint {
        sizes[index] = min(max(0, cells), remaining)
        remaining -= sizes[index]
      }
    }
    for (index, constraint) in constraints.enumerated() {
      if case .percentage(let percent) = constraint {
        let wanted = available * min(max(0, percent), 100) / 100
        sizes[index] = min(wanted, remaining)
        remaining -= sizes[index]
      }
    }
    var totalWeight = 0
    for constraint in constraints {
      if case .fill(let weight) = constraint { totalWeight += max(0, weight) }
    }
    guard totalWeight > 0, remaining > 0 else { return sizes }
    let shared = remaining
    for (index, constraint) in constraints.enumerated() {
      if case .fill(let weight) = constraint {
        sizes[index] = shared * max(0, weight) / totalWeight
        remaining -= sizes[index]
      }
    }
    for (index, constraint) in constraints.enumerated() where remaining > 0 {
      if case .fill(let weight) = constraint, weight > 0 {
        sizes[index] += 1
        remaining -= 1
      }
    }
    return sizes
  }
}
