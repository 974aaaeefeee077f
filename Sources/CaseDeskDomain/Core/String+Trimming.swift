extension String {
  /// The text without leading and trailing spaces (ASCII and ideographic).
  var trimmingSpaces: String {
    let spaces: Set<Character> = [" ", "\t", "\u{3000}", "\n", "\r"]
    var slice = Substring(self)
    while let first = slice.first, spaces.contains(first) { slice.removeFirst() }
    while let last = slice.last, spaces.contains(last) { slice.removeLast() }
    return String(slice)
  }
}
