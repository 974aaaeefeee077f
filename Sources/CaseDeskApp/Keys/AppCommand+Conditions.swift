extension AppCommand {
  /// The state flags (`AppState.activeFlags`) a command needs to be offered and to fire.
  var enabledWhen: Set<String> {
    switch self {
    case .clearFilter, .nextMatch, .previousMatch: return ["filtered"]
    case .bulkActions: return ["marked"]
    case .exportList: return ["hasRows"]
    case .addRecord, .editRecord: return ["registerPane"]
    case .casesDetailEarlier: return [CasesPane.detailEarlierFlag]
    case .casesDetailLater: return [CasesPane.detailLaterFlag]
    case .referralsDetailEarlier: return [ReferralsPane.detailEarlierFlag]
    case .referralsDetailLater: return [ReferralsPane.detailLaterFlag]
    default: return []
    }
  }
}
