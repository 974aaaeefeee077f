import CaseDeskDomain
import Crypto

/// The version stamp of the demo generator, written into the demo workspace's config.
///
/// Bump `current` whenever the generator's output changes (any event, time, actor, name or
/// order), and record the new digest of the built demo in `recordedDigest`, next to it. A
/// test builds the demo and fails when its digest differs from `recordedDigest`, so the
/// output cannot change without this being looked at. A demo workspace whose stamp is lower
/// than `current`, or missing, was built by an older CaseDesk; `casedesk demo` says so and
/// `casedesk demo --reset` rebuilds it.
public enum DemoVersion {
  /// The stamp of this CaseDesk's demo generator.
  public static let current = 1

  /// The digest of the default demo's events built by generator `current`.
  public static let recordedDigest =
    "14696:36f5602c309f03d8e80fecbcb56c3ff3ecddb678bea2bba33d9f768016271628"

  /// Whether a demo with this stamp (nil: built before stamps existed) is older than this
  /// CaseDesk's generator.
  public static func isOlder(_ stamp: Int?) -> Bool {
    guard let stamp else { return true }
    return stamp < current
  }

  /// The events' count and the SHA-256 of their journal form (time, actor, type and data of
  /// each, in order), as `count:hex`.
  public static func digest(of events: [Event]) -> String {
    var hasher = SHA256()
    for event in events {
      let draft = Workspace.draft(event)
      var line = Array("\(draft.time)\t\(draft.operatorID)\t\(draft.type)\t".utf8)
      line += draft.data
      line.append(0x0A)
      hasher.update(data: line)
    }
    let hex = hasher.finalize().map { byte in
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }
    return "\(events.count):" + hex.joined()
  }
}
