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
    let text = query.joined(separator: " ")
    let answer: Answer
    if let quick = QuickLookup.open(at: path), let found = quickAnswer(text, quick) {
      answer = found
    } else {
      answer = try fullAnswer(text, path)
    }
    guard answer.count > 0 else {
      AppSession.standardError(strings.format(.lookupNotFound, text))
      throw ExitCode(1)
    }
    let domain = answer.domain
    let today =
      workspace.global.today.flatMap { Day($0) } ?? answer.asOf
      ?? Day(AppLauncher.localDate())
      ?? Day(ordinal: 0)
    let now = Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset)
    if answer.count == 1, let card = domain.statusCard(of: answer.shown[0].id, at: now) {
      switch format {
      case .text: print(StatusCardText.render(card, in: domain, strings: strings), terminator: "")
      case .json: print(StatusCardJSON.encode(card, in: domain))
      }
      return
    }
    let shown = answer.shown
    switch format {
    case .text:
      print(strings.format(.lookupSeveral, "\(answer.count)"))
      for enterprise in shown {
        print(
          [enterprise.uscc, enterprise.name, enterprise.district].joined(separator: "  "))
      }
      if answer.count > shown.count {
        print(strings.format(.lookupMore, "\(answer.count - shown.count)"))
      }
    case .json:
      var writer = JSONWriter()
      writer.object { json in
        json.field("matches", answer.count)
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

  /// What a lookup found: how many match, the enterprises to show, and the state for the card.
  struct Answer {
    var count: Int
    var shown: [Enterprise]
    var domain: DomainState
    var asOf: Day?
  }

  /// The answer from the whole workspace, opened read-only.
  func fullAnswer(_ text: String, _ path: String) throws -> Answer {
    let opened: Workspace
    do {
      opened = try Workspace.open(at: path, operatorID: "@lookup", readOnly: true)
    } catch {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
    defer { opened.close() }
    let result = EnterpriseLookup.find(text, in: opened.state)
    return Answer(
      count: result.count, shown: Array(result.prefix(max(1, limit))), domain: opened.state,
      asOf: opened.config.asOf)
  }

  /// The answer from the lookup file, or nil when the workspace must be opened to be sure.
  func quickAnswer(_ text: String, _ quick: QuickLookup) -> Answer? {
    let positions = quick.find(text)
    if positions.count == 1 {
      guard let state = quick.state(of: positions[0]),
        let enterprise = quick.enterprise(at: positions[0]),
        let current = state.enterprises[enterprise.id]
      else { return nil }
      return Answer(count: 1, shown: [current], domain: state, asOf: quick.config.asOf)
    }
    var shown: [Enterprise] = []
    for position in positions.prefix(max(1, limit)) {
      guard let enterprise = quick.enterprise(at: position) else { return nil }
      shown.append(enterprise)
    }
    return Answer(count: positions.count, shown: shown, domain: DomainState(), asOf: nil)
  }
}
