import CaseDeskDomain

// Temporary stand-in for the domain's search index, replaced when it lands.
public struct SearchEntry: Sendable, Equatable {
  public var id: String
  public var code: String
  public var name: String
  public var texts: [String]
  public var fields: [String: [String]]
  public static func enterprise(_ e: Enterprise, commissionerName: String?) -> SearchEntry {
    SearchEntry(
      id: e.id.raw, code: e.uscc, name: e.name, texts: [e.shortName, e.district], fields: [:])
  }
  public static let enterpriseFieldAliases: [String: String] = [:]
}

public struct SearchIndex: Sendable {
  var entries: [SearchEntry]
  public init(_ entries: [SearchEntry], fieldAliases: [String: String] = [:]) {
    self.entries = entries
  }
  public var count: Int { entries.count }
  public func entry(at position: Int) -> SearchEntry { entries[position] }
  public func position(ofID id: String) -> Int? { entries.firstIndex { $0.id == id } }
  public mutating func upsert(_ entry: SearchEntry) {
    if let i = position(ofID: entry.id) { entries[i] = entry } else { entries.append(entry) }
  }
}

public struct IncrementalSearch: Sendable {
  public init(index: SearchIndex) { self.index = index }
  public var index: SearchIndex
  public mutating func results(for text: String) -> [Int] {
    let words = text.lowercased().split(separator: " ").map(String.init)
    return index.entries.indices.filter { i in
      let e = index.entries[i]
      return words.allSatisfy { w in
        e.name.lowercased().contains(w) || e.code.lowercased().hasPrefix(w)
          || e.texts.contains { $0.contains(w) }
      }
    }
  }
}
