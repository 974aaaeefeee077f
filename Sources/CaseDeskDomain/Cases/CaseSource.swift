/// Where a case came from: a clue, an inspection, or another source (a transfer, a report).
public enum CaseSource: Hashable, Sendable {
  case clue(ClueID)
  case inspection(InspectionID)
  case other(String)
}
