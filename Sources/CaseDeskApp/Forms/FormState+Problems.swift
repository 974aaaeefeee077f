import TerminalUI

extension FormState {
  /// Shows each problem under its field (once the field was edited, or all of them after a
  /// save attempt) and sums them up on the summary line.
  ///
  /// Only editable fields take problems: a read-only field's line is a fact it carries itself.
  /// A problem of no field (`general`) is the summary; with no problem the summary is `clear`.
  mutating func showProblems(
    _ problems: [String: String], general: String?, touched: Set<String>, showsAll: Bool,
    clear: String?, strings: Strings
  ) {
    for index in fields.indices where fields[index].isEditable {
      let id = fields[index].id
      fields[index].error = showsAll || touched.contains(id) ? problems[id] : nil
    }
    if let general {
      summary = general
      summaryIsError = true
    } else if problems.isEmpty {
      summary = clear
      summaryIsError = false
    } else {
      summary =
        problems.count == 1
        ? strings[.formOneProblem] : strings.format(.formProblems, String(problems.count))
      summaryIsError = showsAll
    }
  }
}
