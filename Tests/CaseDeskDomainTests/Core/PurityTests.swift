import Foundation
import Testing

/// The domain stays pure: no imports at all (no I/O, no terminal, no Foundation).
@Suite struct PurityTests {
  @Test func domainSourcesImportNothing() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/CaseDeskDomain")
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50)
    for file in files {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let imports = text.split(separator: "\n").filter { line in
        let code = line.drop(while: { $0 == " " })
        return code.hasPrefix("import ") || (code.hasPrefix("@") && code.contains(" import "))
      }
      #expect(imports.isEmpty, "\(file) imports \(imports)")
    }
  }
}
