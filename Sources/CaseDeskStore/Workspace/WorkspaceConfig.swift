import CaseDeskDomain

/// The workspace's own settings file (`workspace.json`): its name, whether it is the demo,
/// the demo's "as of" day and the version of the generator that built the demo.
public struct WorkspaceConfig: Equatable, Sendable {
  public var name: String
  public var isDemo: Bool
  /// The day the demo is seen from (its deadlines make sense relative to it); nil for a real
  /// workspace, which follows the clock.
  public var asOf: Day?
  /// Journal size (bytes) past which the workspace compacts itself after a change.
  public var compactionThreshold: Int
  /// The `DemoVersion.current` of the CaseDesk that built the demo; nil for a real workspace
  /// and for a demo built before the stamp existed (which reads as older than any stamp).
  public var demoVersion: Int?

  public init(
    name: String, isDemo: Bool = false, asOf: Day? = nil, compactionThreshold: Int = 64 << 20,
    demoVersion: Int? = nil
  ) {
    self.name = name
    self.isDemo = isDemo
    self.asOf = asOf
    self.compactionThreshold = compactionThreshold
    self.demoVersion = demoVersion
  }

  /// The file's bytes (pretty enough to read: one field per line).
  public func encoded() -> [UInt8] {
    var writer = JSONWriter()
    writer.object { w in
      w.field("name", name)
      w.field("demo", isDemo)
      w.field("asOf", asOf)
      w.field("compactionThreshold", compactionThreshold)
      w.field("demoVersion", demoVersion)
    }
    var text = String(decoding: writer.bytes, as: UTF8.self)
    text = text.prettyPrintedObject()
    return Array(text.utf8)
  }

  /// Reads the file; unknown keys are ignored, a missing name is an error, a missing
  /// `demoVersion` is nil (a file written before the stamp existed).
  public static func decode(_ bytes: [UInt8]) throws(CodecError) -> WorkspaceConfig {
    var reader = JSONReader(bytes)
    var config = WorkspaceConfig(name: "")
    var name: String?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "name": name = try r.readString()
      case "demo": config.isDemo = try r.readBool()
      case "asOf": config.asOf = try r.readDay()
      case "compactionThreshold": config.compactionThreshold = max(1 << 16, try r.readInt())
      case "demoVersion": config.demoVersion = r.readNull() ? nil : try r.readInt()
      default: try r.skipValue()
      }
    }
    try reader.expectEnd()
    config.name = try reader.required(name, "name")
    return config
  }
}

extension String {
  /// The compact JSON object with one field per line, for people.
  fileprivate func prettyPrintedObject() -> String {
    var out = ""
    var depth = 0
    var inString = false
    var escaped = false
    for character in self {
      if inString {
        out.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
        continue
      }
      switch character {
      case "\"":
        inString = true
        out.append(character)
      case "{":
        depth += 1
        out += "{\n  "
      case "}":
        depth -= 1
        out += "\n}"
      case ",":
        out += depth == 1 ? ",\n  " : ","
      case ":":
        out += ": "
      default: out.append(character)
      }
    }
    return out + "\n"
  }
}
