import CaseDeskDomain
import Glibc

extension CSVReader {
  /// The file's bytes as UTF-8 without a byte-order mark, and the encoding they were in.
  ///
  /// Valid UTF-8 (with or without a mark) is taken as it is; anything else is decoded from
  /// GB18030 with `iconv`; bytes that are neither are an error.
  public static func decode(_ bytes: [UInt8]) throws(CSVError) -> ([UInt8], CSVEncoding) {
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    if hasBOM {
      let rest = Array(bytes[3...])
      if isValidUTF8(rest) { return (rest, .utf8WithBOM) }
    } else if isValidUTF8(bytes) {
      return (bytes, .utf8)
    }
    guard let converted = convertFromGB18030(bytes) else {
      throw CSVError(
        line: nil,
        message: LocalizedText(
          zh: "文件既不是 UTF-8 也不是 GB18030/GBK 编码，请在 Excel/WPS 中另存为“CSV UTF-8”",
          en: "The file is neither UTF-8 nor GB18030/GBK: save it as \"CSV UTF-8\" in Excel or WPS"
        ))
    }
    return (converted, .gb18030)
  }

  /// Whether the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
  public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          high = 0x9F
        case 0xF0:
          length = 4
          low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          high = 0x8F
        default: return false
        }
        guard index + length <= count else { return false }
        let second = buffer[index + 1]
        guard second >= low, second <= high else { return false }
        for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 {
          return false
        }
        index += length
      }
      return true
    }
  }

  /// The bytes converted from GB18030 to UTF-8 with glibc's `iconv`, nil when they are not
  /// GB18030.
  static func convertFromGB18030(_ bytes: [UInt8]) -> [UInt8]? {
    let converter = iconv_open("UTF-8", "GB18030")
    guard let converter, Int(bitPattern: converter) != -1 else { return nil }
    defer { iconv_close(converter) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1, inLeft == 0 else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let produced else { return nil }
    output.removeSubrange(produced...)
    return output
  }
}
