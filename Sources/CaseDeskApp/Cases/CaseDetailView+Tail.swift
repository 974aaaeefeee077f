import CaseDeskDomain
import TerminalUI

extension CaseDetailView {
  /// What follows the timeline: flags, the fine and its payment plan, the documents,
  /// the enterprise's status line, the linked records, and the social supervisors.
  static func tailLines(_ row: CaseRow, state: AppState) -> [Line] {
    let strings = state.strings
    let domain = state.domain
    let record = row.record
    let separator = strings[.caseDetailSeparator]
    var lines: [Line] = []
    func add(_ text: String, _ role: StyleRole = .normal) {
      lines.append(Line(text, role, section: .tail))
    }
    if record.flags.majorPublicInterest || record.flags.complex {
      var names: [String] = []
      if record.flags.majorPublicInterest { names.append(strings[.caseDetailFlagMajor]) }
      if record.flags.complex { names.append(strings[.caseDetailFlagComplex]) }
      add(strings.format(.caseDetailFlags, names.joined(separator: separator), record.flags.note))
    }
    if record.fineFen > 0 {
      add(
        strings.format(
          .caseDetailMoney, CaseTimeline.yuan(record.fineFen, strings: strings),
          CaseTimeline.yuan(record.paidFen, strings: strings),
          CaseTimeline.yuan(record.outstandingFineFen, strings: strings)))
    }
    if !record.instalments.isEmpty {
      let plan = record.instalments.map {
        $0.dueOn.description + " " + CaseTimeline.yuan($0.amountFen, strings: strings)
      }
      add(strings.format(.caseDetailInstalments, plan.joined(separator: separator)))
    }
    let documents = CaseTimeline.documents(of: record)
    add(
      documents.isEmpty
        ? strings[.caseDetailNoDocuments]
        : strings.format(.caseDetailDocuments, documents.joined(separator: separator)))
    if let status = enterpriseStatus(row, in: domain, strings: strings) {
      add(status, .dim)
    }
    add(
      strings.format(
        .caseDetailLinks,
        CaseTimeline.links(of: record, in: domain, strings: strings, at: state.now)
          .joined(separator: separator)))
    if !record.supervisors.isEmpty {
      add(strings[.caseDetailSupervisors], .dim)
      for participation in record.supervisors {
        let supervisor = domain.supervisors[participation.supervisor]
        add(
          "  "
            + strings.format(
              .caseDetailSupervisorLine, supervisor?.name ?? participation.supervisor.raw,
              supervisor?.organisation ?? "",
              participation.opinion ?? strings[.caseDetailNoOpinion]))
      }
    }
    return lines
  }

  /// The enterprise's status line: tier, positive-list standing, and its other open cases
  /// (found when the rows were built, not on each frame).
  static func enterpriseStatus(_ row: CaseRow, in domain: DomainState, strings: Strings)
    -> String?
  {
    guard let enterprise = domain.enterprises[row.record.enterprise] else { return nil }
    let standing = domain.positiveList[enterprise.id]?.status ?? enterprise.positiveList
    let numbers = row.otherOpenCases
    var text = strings.format(
      .caseDetailEnterprise, strings[enterprise.tier == .key ? .tierKey : .tierGeneral],
      StatusCardContent.positiveListText(standing, strings: strings), "\(numbers.count)")
    if !numbers.isEmpty {
      text +=
        strings[.caseDetailClause]
        + strings.format(
          .caseDetailOtherCases, numbers.joined(separator: strings[.caseDetailSeparator]))
    }
    return text
  }
}
