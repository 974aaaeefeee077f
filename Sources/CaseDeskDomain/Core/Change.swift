/// What an event changed, by area; each area's change enum names its facts in past tense.
public enum Change: Equatable, Sendable {
  case staff(StaffChange)
  case enterprise(EnterpriseChange)
  case positiveList(PositiveListChange)
  case inspection(InspectionChange)
  case clue(ClueChange)
  case enforcementCase(CaseChange)
  case referral(ReferralChange)
  case service(ServiceChange)
  case rectification(RectificationChange)
  case settings(SettingsChange)
  /// A compensating change: records put back by an undo.
  case undo(UndoChange)
}
