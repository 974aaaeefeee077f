/// The text encoding a CSV file was read in.
public enum CSVEncoding: String, Sendable, CaseIterable {
  /// UTF-8 without a byte-order mark.
  case utf8 = "UTF-8"
  /// UTF-8 with a byte-order mark (as Excel's "CSV UTF-8" saves).
  case utf8WithBOM = "UTF-8 (BOM)"
  /// GB18030, which includes GBK (as Excel and WPS save CSV in Chinese locales).
  case gb18030 = "GB18030"
}
