import CaseDeskDomain

/// The JSON encoding of a case number: its formal text, `环罚〔2025〕12号`, so a clerk can grep it.
extension CaseNumber {
  /// Writes the number as one JSON string.
  func write(to writer: inout JSONWriter) {
    writer.value(description)
  }

  /// Reads a number written by `write(to:)`.
  ///
  /// The text is split at `〔`, `〕` and the final `号` exactly as `description` writes it, so every
  /// valid number reads back (the lenient `CaseNumber(_:)` parser caps the sequence at six digits).
  static func read(from reader: inout JSONReader) throws(CodecError) -> CaseNumber {
    let start = reader.position
    let text = try reader.readString()
    guard let number = parse(text) else {
      throw CodecError("not a case number: \(text)", offset: start)
    }
    return number
  }

  /// Splits `prefix〔year〕sequence号` into its parts; nil when the text has another shape.
  private static func parse(_ text: String) -> CaseNumber? {
    guard let open = text.firstIndex(of: "〔"), let close = text.firstIndex(of: "〕"),
      open < close, text.last == "号"
    else { return nil }
    let yearText = text[text.index(after: open)..<close]
    let sequenceEnd = text.index(before: text.endIndex)
    let sequenceStart = text.index(after: close)
    guard sequenceStart <= sequenceEnd else { return nil }
    let sequenceText = text[sequenceStart..<sequenceEnd]
    guard yearText.allSatisfy(\.isASCII), sequenceText.allSatisfy(\.isASCII),
      let year = Int(yearText), let sequence = Int(sequenceText)
    else { return nil }
    return CaseNumber(prefix: String(text[..<open]), year: year, sequence: sequence)
  }
}
