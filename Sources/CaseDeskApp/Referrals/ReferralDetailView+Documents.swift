import CaseDeskDomain
import TerminalUI

extension ReferralDetailView {
  /// The documents checklist of the referral's kind: each required document ticked with its
  /// number or marked missing (in the alarm style before hand-over, which it blocks), the
  /// optional ones ticked, then the optional ones not added.
  static func documentLines(_ referral: Referral, in domain: DomainState, strings: Strings)
    -> [Line]
  {
    let required = domain.requiredDocuments(ofReferral: referral.id)
    let ticked = required.filter { referral.documents[$0] != nil }.count
    var lines = [
      Line(
        strings.format(.referralDetailDocuments, "\(ticked)", "\(required.count)"), .dim,
        section: .tail)
    ]
    let blocking = referral.handOver == nil && referral.isOpen
    for document in required {
      let name = strings.localized(document.title)
      if let number = referral.documents[document] {
        lines.append(
          Line(
            strings.format(.referralDetailDocumentTicked, name, number), section: .tail))
      } else {
        lines.append(
          Line(
            strings.format(.referralDetailDocumentMissing, name),
            blocking ? .clockOverdue : "clock.due-soon", section: .tail))
      }
    }
    let optional = (referral.kind.requiredDocuments + referral.kind.optionalDocuments).filter {
      !required.contains($0)
    }
    var notAdded: [String] = []
    for document in optional {
      let name = strings.localized(document.title)
      if let number = referral.documents[document] {
        lines.append(
          Line(
            strings.format(.referralDetailDocumentOptional, name, number),
            section: .tail))
      } else {
        notAdded.append(name)
      }
    }
    if !notAdded.isEmpty {
      lines.append(
        Line(
          strings.format(
            .referralDetailOptionalNotAdded,
            notAdded.joined(separator: strings[.caseDetailSeparator])),
          .dim, section: .tail))
    }
    return lines
  }
}
