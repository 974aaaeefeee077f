import CaseDeskDomain
import Testing

@testable import CaseDeskStore

@Suite struct CSVReaderTests {
  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,last\n"
    let table = try CSVReader.read(Array(text.utf8))
    #expect(table.encoding == .utf8)
    #expect(table.header == ["a", "b", "c"])
    #expect(table.rows.count == 2)
    #expect(table.rows[0] == CSVRow(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]))
    // The quoted line break moves the next record to line 4.
    #expect(table.rows[1] == CSVRow(line: 4, fields: ["plain", "", "last"]))
  }

  @Test func crlfRowsAndCRLFInsideQuotes() throws {
    let text = "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n\r\n\r\n"
    let table = try CSVReader.read(Array(text.utf8))
    #expect(
      table.rows == [
        CSVRow(line: 2, fields: ["1", "x\r\ny"]), CSVRow(line: 4, fields: ["2", "z"]),
      ])
  }

  @Test func byteOrderMarkIsSkippedAndReported() throws {
    let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("名称,区县\n鞍钢,铁西区".utf8))
    #expect(table.encoding == .utf8WithBOM)
    #expect(table.header == ["名称", "区县"])
    #expect(table.rows == [CSVRow(line: 2, fields: ["鞍钢", "铁西区"])])
  }

  @Test func gb18030IsDetectedAndDecoded() throws {
    // "统一社会信用代码,企业名称,区县\n鞍山钢铁,铁西区" saved by Excel in a Chinese locale.
    let header: [UInt8] = [
      205, 179, 210, 187, 201, 231, 187, 225, 208, 197, 211, 195, 180, 250, 194, 235, 44, 198,
      243, 210, 181, 195, 251, 179, 198, 44, 199, 248, 207, 216, 10,
    ]
    let row: [UInt8] = [
      176, 176, 201, 189, 184, 214, 204, 250, 44, 204, 250, 206, 247, 199, 248,
    ]
    let table = try CSVReader.read(header + row)
    #expect(table.encoding == .gb18030)
    #expect(table.header == ["统一社会信用代码", "企业名称", "区县"])
    #expect(table.rows == [CSVRow(line: 2, fields: ["鞍山钢铁", "铁西区"])])
  }

  @Test func bytesThatAreNeitherUTF8NorGB18030AreRefused() {
    // 0x80 alone is not a GB18030 lead byte, and not UTF-8.
    #expect(throws: CSVError.self) { try CSVReader.read([0x61, 0x2C, 0x80, 0x0A]) }
    #expect(!CSVReader.isValidUTF8([0xED, 0xA0, 0x80]))  // a surrogate
    #expect(!CSVReader.isValidUTF8([0xC0, 0xAF]))  // an overlong
    #expect(CSVReader.isValidUTF8(Array("钢铁 ok".utf8)))
  }

  @Test func anUnterminatedQuoteNamesItsLine() {
    let text = "a,b\n1,2\n3,\"cut off\nhere"
    do {
      _ = try CSVReader.read(Array(text.utf8))
      Issue.record("a truncated file was read")
    } catch {
      #expect(error.line == 3)
      #expect(error.message.en.contains("line 3"))
    }
  }

  @Test func anEmptyFileHasNoHeader() {
    #expect(throws: CSVError.self) { try CSVReader.read([]) }
    #expect(throws: CSVError.self) { try CSVReader.read(Array("\n\n".utf8)) }
  }
}

@Suite struct ImportCellsTests {
  @Test func ordinalsFollowAllCases() {
    #expect(ExchangeColumn.allCases.map(\.ordinal) == Array(0..<ExchangeColumn.allCases.count))
  }
}
