import CaseDeskDomain
import TerminalUI

extension AdmissionForm {
  /// Admits the marked rows, each checked on its own (`a` or `b` with marks).
  ///
  /// The domain checks every marked enterprise as a single admission would; the preview
  /// lists who will be admitted and who is refused and why, and Enter sends the admissible
  /// ones in one `admitSeveral`.
  static func admitMarked(in state: inout AppState) -> [Effect] {
    let strings = state.strings
    if state.workspace.isReadOnly {
      state.message = Message(kind: .error, text: strings[.formReadOnly])
      return []
    }
    let marked = state.positiveList.list.table.marked
    let rows = state.positiveList.records.filter { marked.contains($0.id.raw) }
    guard !rows.isEmpty else {
      state.message = Message(kind: .error, text: strings[.nothingSelected])
      return []
    }
    let requests = rows.map {
      AdmissionRequest(enterprise: $0.id, facts: PositiveListEntry.EnforcementFacts())
    }
    state.overlay = .bulkAdmission(
      BulkAdmissionState(
        items: precheckedItems(requests, names: rows.map(\.name), in: state),
        proposes: state.domain.settings.positiveListAdmissionNeedsApproval))
    return []
  }

  /// Each request as the domain would answer it now, named.
  static func precheckedItems(
    _ requests: [AdmissionRequest], names: [String], in state: AppState
  ) -> [BulkAdmissionState.Item] {
    let outcomes = PositiveListQueries.precheck(
      requests, by: state.actor, at: state.now, in: state.domain)
    // `precheck` answers each request in order.
    return zip(zip(requests, names), outcomes).map { pair, outcome in
      BulkAdmissionState.Item(request: pair.0, name: pair.1, refusal: outcome.refusal?.message)
    }
  }
}
