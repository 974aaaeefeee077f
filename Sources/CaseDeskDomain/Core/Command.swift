/// What a user (or an import) asks the domain to do, by area.
///
/// `Domain.execute` checks the actor's role and every rule, then answers with the events to
/// append; a command never changes state by itself.
public enum Command: Equatable, Sendable {
  case staff(StaffCommand)
  case enterprise(EnterpriseCommand)
  case positiveList(PositiveListCommand)
  case inspection(InspectionCommand)
  case clue(ClueCommand)
  case enforcementCase(CaseCommand)
  case referral(ReferralCommand)
  case service(ServiceCommand)
  case rectification(RectificationCommand)
  case settings(SettingsCommand)
  /// Undo the operator's last action (a new compensating event).
  case undo(UndoToken)
}
