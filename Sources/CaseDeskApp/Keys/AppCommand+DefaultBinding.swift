import TerminalUI

extension AppCommand {
  /// The default keys (in key notation) and scope of each command.
  var defaultBinding: (keys: [String], scope: KeyScope) {
    switch self {
    case .quit: return (["q", "<C-c>"], "global")
    case .help: return (["?", "<F1>"], "global")
    case .commandLine: return ([":"], "global")
    case .redraw: return (["<C-l>"], "global")
    case .nextPane: return (["<Tab>"], "global")
    case .previousPane: return (["<S-Tab>"], "global")
    case .showEnterprises: return (["1"], "global")
    case .showPositiveList: return (["2"], "global")
    case .showInspections: return (["3"], "global")
    case .showClues: return (["4"], "global")
    case .showCases: return (["5"], "global")
    case .showReferrals: return (["6"], "global")
    case .showService: return (["7"], "global")
    case .showRectification: return (["8"], "global")
    case .showStatistics: return (["9"], "global")
    case .moveDown: return (["j", "<Down>"], "list")
    case .moveUp: return (["k", "<Up>"], "list")
    case .pageDown: return (["<PgDn>", "<C-d>"], "list")
    case .pageUp: return (["<PgUp>", "<C-u>"], "list")
    case .moveToFirst: return (["g", "<Home>"], "list")
    case .moveToLast: return (["G", "<End>"], "list")
    case .openRecord: return (["<Enter>"], "list")
    case .toggleMark: return (["<Space>"], "list")
    case .sortNextColumn: return (["s"], "list")
    case .reverseSort: return (["S"], "list")
    case .closeDetail: return (["q", "<Esc>"], "detail")
    case .closeHelp: return (["<Esc>", "<F1>"], "help")
    case .helpScrollDown: return (["<Down>", "<C-n>"], "help")
    case .helpScrollUp: return (["<Up>", "<C-p>"], "help")
    case .helpPageDown: return (["<PgDn>"], "help")
    case .helpPageUp: return (["<PgUp>"], "help")
    case .runCommand: return (["<Enter>"], "commandLine")
    case .completeCommand: return (["<Tab>"], "commandLine")
    case .cancelCommand: return (["<Esc>"], "commandLine")
    case .confirmDialog: return (["<Enter>"], "dialog")
    case .answerYes: return (["y"], "dialog")
    case .answerNo: return (["n"], "dialog")
    case .nextButton: return (["<Right>", "<Tab>", "l"], "dialog")
    case .previousButton: return (["<Left>", "<S-Tab>", "h"], "dialog")
    case .cancelDialog: return (["<Esc>"], "dialog")
    }
  }
}
