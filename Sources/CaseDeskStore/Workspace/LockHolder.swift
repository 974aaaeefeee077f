/// Who holds a workspace's lock, as written in the lock file for others to read.
///
/// The text is one `key=value` a line: `operator`, `name`, `host`, `pid`, `since`. Unknown
/// keys are ignored and missing ones read as empty, so an older or newer CaseDesk can still
/// say who holds the workspace.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
  /// The operator's staff id (`@system` for tools).
  public var operatorID: String
  /// The operator's display name, when known (`张伟`).
  public var name: String
  /// The host name of the machine.
  public var host: String
  /// The holding process's id.
  public var pid: Int32
  /// When the lock was taken, UTC ISO 8601.
  public var since: String

  /// Creates a holder description.
  public init(operatorID: String, name: String = "", host: String, pid: Int32, since: String) {
    self.operatorID = operatorID
    self.name = name
    self.host = host
    self.pid = pid
    self.since = since
  }

  /// The lock file's text.
  public var text: String {
    func clean(_ value: String) -> String {
      String(value.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
    return "operator=\(clean(operatorID))\nname=\(clean(name))\nhost=\(clean(host))\n"
      + "pid=\(pid)\nsince=\(clean(since))\n"
  }

  /// Reads a lock file's text; nil when it names nobody (empty, or being written right now).
  public init?(text: String) {
    var values: [String: String] = [:]
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      guard let equals = line.firstIndex(of: "=") else { continue }
      values[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    guard let operatorID = values["operator"], !operatorID.isEmpty else { return nil }
    self.init(
      operatorID: operatorID, name: values["name"] ?? "", host: values["host"] ?? "",
      pid: values["pid"].flatMap { Int32($0) } ?? 0, since: values["since"] ?? "")
  }

  /// `张伟 (zhangwei) on host desk-07, pid 4121, since 2025-06-30T08:15:00Z`.
  public var description: String {
    let who = name.isEmpty ? operatorID : "\(name) (\(operatorID))"
    return "\(who) on host \(host), pid \(pid), since \(since)"
  }
}
