import CaseDeskDomain
import TerminalUI

/// The selected enterprise's fields as labelled lines in a box.
enum EnterpriseDetailView {
  /// Draws the detail of one record.
  static func render(
    _ record: EnterpriseRow, strings: Strings, into buffer: inout Buffer, area: Rect
  ) {
    let inner = Box.draw(in: &buffer, area, title: strings[.detailTitle] + " · " + record.shortName)
    typealias C = EnterpriseColumn
    let fields = [
      C.name, C.shortName, C.uscc, C.district, C.tier, C.ownership, C.keyDischarge,
      C.positiveList, C.commissioner, C.openCases,
    ]
    let labels = fields.map { C.title($0, strings: strings) }
    let labelWidth = min(labels.map { DisplayWidth.columns($0) }.max() ?? 0, inner.width / 2)
    for (index, field) in fields.enumerated() where index < inner.height {
      let y = inner.y + index
      buffer.write(
        DisplayWidth.fit(labels[index], width: labelWidth), x: inner.x + 1, y: y,
        role: "form.label", maxWidth: labelWidth)
      let valueX = inner.x + 1 + labelWidth + 2
      buffer.write(
        C.text(record, column: field, strings: strings), x: valueX, y: y,
        role: C.role(record, column: field) ?? .normal, maxWidth: inner.maxX - valueX)
    }
  }
}
