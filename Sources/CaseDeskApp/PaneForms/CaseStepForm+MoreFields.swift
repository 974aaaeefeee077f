import CaseDeskDomain
import TerminalUI

extension CaseStepForm {
  /// The fields of the steps beyond the stage's usual path: the withdrawal, the flags, the
  /// preservation of evidence and its decision, the instalments, the enforcement, the re-check
  /// and the no-coercion record.
  static func moreStepFields(
    _ step: CaseStep, of record: EnforcementCase, in state: AppState, make: CaseStepFieldMaker
  ) -> [FormField] {
    let strings = make.strings
    switch step {
    case .withdrawFiling:
      return [make.text("withdrawal.reason", .caseStepFieldReasons)]
    case .setFlags:
      return [
        make.toggle(
          "flags.majorPublicInterest", .caseStepFieldMajorPublicInterest,
          on: record.flags.majorPublicInterest),
        make.toggle("flags.complex", .caseStepFieldComplex, on: record.flags.complex),
        make.text(
          "flags.note", .caseStepFieldFlagsNote, value: record.flags.note, required: false,
          hint: .caseStepFlagsNoteHint),
      ]
    case .preserveEvidence:
      return [make.text("preservation.items", .caseStepFieldPreservedItems)]
    case .decidePreservedEvidence:
      let waiting = record.preservations.indices.filter { record.preservations[$0].outcome == nil }
        .map { String($0 + 1) + " " + record.preservations[$0].items }
      let outcomes = CaseStepValues.preservationOutcomes.map { strings[outcomeKey($0)] }
      return [
        make.choice("preservation.index", .caseStepFieldPreservation, waiting, waiting.first ?? ""),
        make.choice(
          "preservation.outcome", .caseStepFieldPreservationOutcome, outcomes, outcomes[0]),
        make.text("preservation.note", .caseStepFieldNote, required: false),
      ]
    case .approveInstalments:
      return [
        make.text(
          CaseStepValues.instalmentsField, .caseStepFieldInstalments,
          hint: .caseStepInstalmentsHint)
      ]
    case .recordEnforcement:
      let kinds = [strings[.caseStepEnforcementDemand], strings[.caseStepEnforcementCourt]]
      return [
        make.choice(
          CaseStepValues.enforcementKindField, .caseStepFieldEnforcementKind, kinds, kinds[0]),
        make.text(
          "enforcement.documentNumber", .caseStepFieldDocumentNumber, required: false,
          hint: .caseStepEnforcementDemandHint),
        make.text(
          "enforcement.court", .caseStepFieldCourt, required: false,
          hint: .caseStepEnforcementCourtHint),
        make.day("enforcement.on", .caseStepFieldEnforcementOn),
      ]
    case .recordRecheck:
      return [
        make.day("recheck.checkedOn", .caseStepFieldCheckedOn),
        make.toggle("recheck.correctionHeld", .caseStepFieldCorrectionHeld),
        make.text("recheck.note", .caseStepFieldRecheckNote),
      ]
    case .applyNoCoercion:
      let items = LeniencyCatalog.standard.items(on: .noCoerciveMeasures).map {
        $0.id + " " + strings.localized($0.title)
      }
      return [
        make.choice("noCoercion.listItem", .caseStepFieldListItem, items, "", free: true),
        make.text("noCoercion.reason", .caseStepFieldReasons),
      ]
    default:
      return []
    }
  }

  /// The strings-table key of a preservation outcome.
  static func outcomeKey(_ outcome: PreservationOutcome) -> StringKey {
    switch outcome {
    case .released: return .caseStepPreservationReleased
    case .seized: return .caseStepPreservationSeized
    case .retainedAsEvidence: return .caseStepPreservationRetained
    case .confiscated: return .caseStepPreservationConfiscated
    }
  }
}
