extension DisplayWidth {
  /// `text` cut to `width` columns (with an ellipsis when it does not fit) and padded to
  /// exactly `width` columns on the side the alignment asks for.
  public static func fit(_ text: String, width: Int, alignment: Alignment) -> String {
    guard width > 0 else { return "" }
    let used = columns(text)
    guard used < width else { return fit(text, width: width) }
    let spare = width - used
    switch alignment {
    case .left:
      return text + String(repeating: " ", count: spare)
    case .right:
      return String(repeating: " ", count: spare) + text
    case .center:
      let left = spare / 2
      return String(repeating: " ", count: left) + text
        + String(repeating: " ", count: spare - left)
    }
  }
}
