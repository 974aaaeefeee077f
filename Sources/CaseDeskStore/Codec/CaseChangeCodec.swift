import CaseDeskDomain

/// Journal encoding of `CaseChange`: a type name (after `case.`) and a JSON object.
///
/// The type name is the change case's own name (`caseFiled`, `decisionMade`); the object holds
/// the case id as `case` and the change's data under the names of its labels. Nested records use
/// their record codecs (`Records/*+Codec.swift`).
enum CaseChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: CaseChange, into writer: inout JSONWriter) -> String {
    var type = ""
    writer.object { w in
      w.field("case", change.caseID)
      type = encodeData(change, into: &w)
    }
    return type
  }

  /// Writes the fields after `case` and returns the type name.
  private static func encodeData(_ change: CaseChange, into w: inout JSONWriter) -> String {
    switch change {
    case .caseOpened(_, let opening):
      w.key("opening")
      opening.write(to: &w)
      return "caseOpened"
    case .caseFiled(_, let number, let conditions):
      w.key("number")
      number.write(to: &w)
      w.key("conditions")
      conditions.write(to: &w)
      return "caseFiled"
    case .filingWithdrawn(_, let reason):
      w.field("reason", reason)
      return "filingWithdrawn"
    case .investigationStarted(_, let officers):
      if !officers.isEmpty { w.field("officers", ids: officers) }
      return "investigationStarted"
    case .evidenceRecorded(_, let evidence):
      w.key("evidence")
      evidence.write(to: &w)
      return "evidenceRecorded"
    case .evidencePreserved(_, let items):
      w.field("items", items)
      return "evidencePreserved"
    case .preservationDecided(_, let index, let outcome, let note):
      w.field("index", index)
      w.field("outcome", outcome)
      w.field("note", note)
      return "preservationDecided"
    case .noCoercionApplied(_, let listItem, let reason):
      w.field("listItem", listItem)
      w.field("reason", reason)
      return "noCoercionApplied"
    case .investigationReported(_, let report):
      w.key("report")
      report.write(to: &w)
      return "investigationReported"
    case .caseReviewed(_, let outcome):
      w.key("outcome")
      outcome.write(to: &w)
      return "caseReviewed"
    case .flagsSet(_, let flags):
      w.key("flags")
      flags.write(to: &w)
      return "flagsSet"
    case .priorNoticeGiven(_, let notice):
      w.key("notice")
      notice.write(to: &w)
      return "priorNoticeGiven"
    case .statementRecorded(_, let text, let waivesHearing):
      w.field("text", text)
      w.field("waivesHearing", waivesHearing)
      return "statementRecorded"
    case .hearingRequested(_, let requestedOn):
      w.field("requestedOn", requestedOn)
      return "hearingRequested"
    case .hearingScheduled(_, let hearingOn, let noticeServedOn):
      w.field("hearingOn", hearingOn)
      w.field("noticeServedOn", noticeServedOn)
      return "hearingScheduled"
    case .hearingHeld(_, let heldOn, let record):
      w.field("heldOn", heldOn)
      w.field("record", record)
      return "hearingHeld"
    case .legalReviewRecorded(_, let checklist, let outcome):
      w.key("checklist")
      checklist.write(to: &w)
      w.key("outcome")
      outcome.write(to: &w)
      return "legalReviewRecorded"
    case .collectiveDiscussionRecorded(_, let heldOn, let minutes, let conclusion):
      w.field("heldOn", heldOn)
      w.field("minutes", minutes)
      w.field("conclusion", conclusion)
      return "collectiveDiscussionRecorded"
    case .extensionGranted(_, let days, let reason, let collectiveMinutes):
      w.field("days", days)
      w.field("reason", reason)
      w.field("collectiveMinutes", collectiveMinutes)
      return "extensionGranted"
    case .clockPaused(_, let kind, let reason, let day):
      w.field("kind", kind)
      w.field("reason", reason)
      w.field("on", day)
      return "clockPaused"
    case .clockResumed(_, let day):
      w.field("on", day)
      return "clockResumed"
    case .decisionMade(_, let decision, let documentNumber, let decidedOn, let referral):
      w.key("decision")
      decision.write(to: &w)
      w.field("documentNumber", documentNumber)
      w.field("decidedOn", decidedOn)
      w.field("referral", referral)
      return "decisionMade"
    case .decisionServed(_, let servedOn, let way):
      w.field("servedOn", servedOn)
      w.field("way", way)
      return "decisionServed"
    case .paymentRecorded(_, let amountFen, let paidOn, let receipt):
      w.field("amountFen", amountFen)
      w.field("paidOn", paidOn)
      w.field("receipt", receipt)
      return "paymentRecorded"
    case .instalmentsApproved(_, let instalments):
      if !instalments.isEmpty {
        w.field("instalments", array: instalments) { $1.write(to: &$0) }
      }
      return "instalmentsApproved"
    case .enforcementRecorded(_, let action):
      w.key("action")
      action.write(to: &w)
      return "enforcementRecorded"
    case .recheckRecorded(_, let checkedOn, let correctionHeld, let note):
      w.field("checkedOn", checkedOn)
      w.field("correctionHeld", correctionHeld)
      w.field("note", note)
      return "recheckRecorded"
    case .caseClosed: return "caseClosed"
    case .caseArchived: return "caseArchived"
    case .supervisorInvited(_, let supervisor):
      w.field("supervisor", supervisor)
      return "supervisorInvited"
    case .supervisorOpinionAdded(_, let supervisor, let opinion):
      w.field("supervisor", supervisor)
      w.field("opinion", opinion)
      return "supervisorOpinionAdded"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> CaseChange
  {
    var f = CaseChangeFields()
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      try f.read(key, of: type, from: &r)
    }
    let id = try reader.required(f.id, "case")
    switch type {
    case "caseOpened": return .caseOpened(id, try reader.required(f.opening, "opening"))
    case "caseFiled":
      return .caseFiled(
        id, try reader.required(f.number, "number"),
        try reader.required(f.conditions, "conditions"))
    case "filingWithdrawn":
      return .filingWithdrawn(id, reason: try reader.required(f.reason, "reason"))
    case "investigationStarted": return .investigationStarted(id, officers: f.officers)
    case "evidenceRecorded":
      return .evidenceRecorded(id, try reader.required(f.evidence, "evidence"))
    case "evidencePreserved":
      return .evidencePreserved(id, items: try reader.required(f.items, "items"))
    case "preservationDecided":
      return .preservationDecided(
        id, index: try reader.required(f.index, "index"),
        outcome: try reader.required(f.preservationOutcome, "outcome"),
        note: try reader.required(f.note, "note"))
    case "noCoercionApplied":
      return .noCoercionApplied(
        id, listItem: try reader.required(f.listItem, "listItem"),
        reason: try reader.required(f.reason, "reason"))
    case "investigationReported":
      return .investigationReported(id, try reader.required(f.report, "report"))
    case "caseReviewed": return .caseReviewed(id, try reader.required(f.outcome, "outcome"))
    case "flagsSet": return .flagsSet(id, try reader.required(f.flags, "flags"))
    case "priorNoticeGiven":
      return .priorNoticeGiven(id, try reader.required(f.notice, "notice"))
    case "statementRecorded":
      return .statementRecorded(
        id, text: try reader.required(f.text, "text"),
        waivesHearing: try reader.required(f.waivesHearing, "waivesHearing"))
    case "hearingRequested":
      return .hearingRequested(id, requestedOn: try reader.required(f.requestedOn, "requestedOn"))
    case "hearingScheduled":
      return .hearingScheduled(
        id, hearingOn: try reader.required(f.hearingOn, "hearingOn"),
        noticeServedOn: try reader.required(f.noticeServedOn, "noticeServedOn"))
    case "hearingHeld":
      return .hearingHeld(
        id, heldOn: try reader.required(f.heldOn, "heldOn"),
        record: try reader.required(f.record, "record"))
    case "legalReviewRecorded":
      return .legalReviewRecorded(
        id, try reader.required(f.checklist, "checklist"),
        try reader.required(f.outcome, "outcome"))
    case "collectiveDiscussionRecorded":
      return .collectiveDiscussionRecorded(
        id, heldOn: try reader.required(f.heldOn, "heldOn"),
        minutes: try reader.required(f.minutes, "minutes"),
        conclusion: try reader.required(f.conclusion, "conclusion"))
    case "extensionGranted":
      return .extensionGranted(
        id, days: try reader.required(f.days, "days"),
        reason: try reader.required(f.reason, "reason"),
        collectiveMinutes: try reader.required(f.collectiveMinutes, "collectiveMinutes"))
    case "clockPaused":
      return .clockPaused(
        id, try reader.required(f.pauseKind, "kind"),
        reason: try reader.required(f.reason, "reason"), on: try reader.required(f.on, "on"))
    case "clockResumed": return .clockResumed(id, on: try reader.required(f.on, "on"))
    case "decisionMade":
      return .decisionMade(
        id, try reader.required(f.decision, "decision"),
        documentNumber: try reader.required(f.documentNumber, "documentNumber"),
        decidedOn: try reader.required(f.decidedOn, "decidedOn"), referral: f.referral)
    case "decisionServed":
      return .decisionServed(
        id, servedOn: try reader.required(f.servedOn, "servedOn"),
        way: try reader.required(f.way, "way"))
    case "paymentRecorded":
      return .paymentRecorded(
        id, amountFen: try reader.required(f.amountFen, "amountFen"),
        paidOn: try reader.required(f.paidOn, "paidOn"),
        receipt: try reader.required(f.receipt, "receipt"))
    case "instalmentsApproved": return .instalmentsApproved(id, f.instalments)
    case "enforcementRecorded":
      return .enforcementRecorded(id, try reader.required(f.action, "action"))
    case "recheckRecorded":
      return .recheckRecorded(
        id, checkedOn: try reader.required(f.checkedOn, "checkedOn"),
        correctionHeld: try reader.required(f.correctionHeld, "correctionHeld"),
        note: try reader.required(f.note, "note"))
    case "caseClosed": return .caseClosed(id)
    case "caseArchived": return .caseArchived(id)
    case "supervisorInvited":
      return .supervisorInvited(id, try reader.required(f.supervisor, "supervisor"))
    case "supervisorOpinionAdded":
      return .supervisorOpinionAdded(
        id, try reader.required(f.supervisor, "supervisor"),
        opinion: try reader.required(f.opinion, "opinion"))
    default:
      throw reader.error("unknown case change type \(type)")
    }
  }
}
