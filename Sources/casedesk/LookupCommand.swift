import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation

/// `casedesk lookup QUERY`: the status card of one enterprise, or the ranked matches.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Print an enterprise's status card (or the ranked matches when several match).",
    discussion: """
      QUERY is what the app's filter takes: a name or part of it, pinyin or its initials, a
      USCC or its prefix, and field:value terms (district:铁西 tier:key). Exit status 1 when
      nothing matches.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "What to look for (several words are combined).")
  var query: [String]

  @Option(name: .long, help: "Output format: text or json.")
  var format: Format = .text

  @Option(name: .long, help: "At most this many matches are listed when several match.")
  var limit = 20

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let path = try workspacePath(workspace)
    let language =
      workspace.global.lang.flatMap(Language.init(rawValue:))
      ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let strings = Strings(language)
    let opened: Workspace
    do {
      opened = try Workspace.open(at: path, operatorID: "@lookup", readOnly: true)
    } catch {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
    defer { opened.close() }
    let domain = opened.state
    let text = query.joined(separator: " ")
    let result = EnterpriseLookup.find(text, in: domain)
    guard !result.isEmpty else {
      AppSession.standardError(strings.format(.lookupNotFound, text))
      throw ExitCode(1)
    }
    let today =
      workspace.global.today.flatMap { Day($0) } ?? opened.config.asOf
      ?? Day(AppLauncher.localDate())
      ?? Day(ordinal: 0)
    let now = Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset)
    if result.count == 1, let card = domain.statusCard(of: result[0].id, at: now) {
      switch format {
      case .text: print(StatusCardText.render(card, in: domain, strings: strings), terminator: "")
      case .json: print(StatusCardJSON.encode(card, in: domain))
      }
      return
    }
    let shown = Array(result.prefix(max(1, limit)))
    switch format {
    case .text:
      print(strings.format(.lookupSeveral, "\(result.count)"))
      for enterprise in shown {
        print(
          [enterprise.uscc, enterprise.name, enterprise.district].joined(separator: "  "))
      }
      if result.count > shown.count {
        print(strings.format(.lookupMore, "\(result.count - shown.count)"))
      }
    case .json:
      var writer = JSONWriter()
      writer.object { json in
        json.field("matches", result.count)
        json.key("enterprises")
        json.array(shown) { item, enterprise in
          item.object { fields in
            fields.field("uscc", enterprise.uscc)
            fields.field("name", enterprise.name)
            fields.field("district", enterprise.district)
            fields.field("tier", enterprise.tier.rawValue)
            fields.field("positiveList", enterprise.positiveList.rawValue)
          }
        }
      }
      print(String(decoding: writer.bytes, as: UTF8.self))
    }
  }
}
