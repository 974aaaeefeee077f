/// Word wrapping by display width.
public enum TextWrap {
  /// Closing punctuation that must not begin a line (it stays with the character before it).
  private static let noLineStart: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "】", "〕", "…",
    ",", ".", ";", ":", "?", "!", ")",
  ]

  /// The lines of `text` wrapped to `width` columns.
  ///
  /// Latin text breaks at spaces (a word longer than the line is cut); CJK text may break
  /// between any two wide characters, but closing punctuation such as `，` or `。` never
  /// starts a line. Each `"\n"` starts a new line. Spaces at a break are dropped. Returns no
  /// lines when `width` is not positive; an empty text is one empty line.
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      wrap(paragraph, width: width, into: &result)
    }
    return result
  }

  /// The pieces a line may be broken between: words, single wide characters, and spaces.
  private static func tokens(_ text: Substring) -> [String] {
    var tokens: [String] = []
    var word = ""
    for character in text {
      if character == " " || character == "\t" {
        if !word.isEmpty { tokens.append(word) }
        word = ""
        tokens.append(" ")
      } else if noLineStart.contains(character) {
        if word.isEmpty, let last = tokens.last, last != " " {
          tokens[tokens.count - 1].append(character)
        } else {
          word.append(character)
        }
      } else if DisplayWidth.columns(character) == 2 {
        if !word.isEmpty { tokens.append(word) }
        word = String(character)
        tokens.append(word)
        word = ""
      } else {
        if let last = word.last, DisplayWidth.columns(last) == 2 {
          tokens.append(word)
          word = ""
        }
        word.append(character)
      }
    }
    if !word.isEmpty { tokens.append(word) }
    return tokens
  }

  private static func wrap(_ paragraph: Substring, width: Int, into result: inout [String]) {
    var line = ""
    var used = 0
    func finishLine() {
      while line.last == " " { line.removeLast() }
      result.append(line)
      line = ""
      used = 0
    }
    for token in tokens(paragraph) {
      let tokenWidth = DisplayWidth.columns(token)
      if token == " " {
        if used > 0, used < width {
          line.append(" ")
          used += 1
        }
        continue
      }
      if used + tokenWidth <= width {
        line += token
        used += tokenWidth
        continue
      }
      if used > 0 { finishLine() }
      // A token wider than the whole line is cut by characters.
      for character in token {
        let columns = DisplayWidth.columns(character)
        if used + columns > width, used > 0 { finishLine() }
        line.append(character)
        used += columns
      }
    }
    finishLine()
  }
}
