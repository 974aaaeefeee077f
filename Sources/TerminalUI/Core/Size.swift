/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Parses `WIDTHxHEIGHT`, for example `100x30`; nil when malformed or not positive.
  public init?(parsing text: String) {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0,
      w <= 1000, h <= 1000
    else { return nil }
    self.init(width: w, height: h)
  }

  public var description: String { "\(width)x\(height)" }
}
