import CaseDeskDomain

/// Plans and applies the import of enterprises from a CSV file.
///
/// Each row becomes a new enterprise, an update (only with `update`; only changed fields are
/// recorded), an unchanged row, or a rejection naming its line, field and reason. Events come
/// from `Domain.execute`, so the domain's validation and permissions apply. Planning is pure
/// over the state; `apply` writes every event in one journal batch.
public enum EnterpriseImport {
  /// Called as rows are planned; return false to stop before anything is written.
  public typealias Progress = (_ done: Int, _ total: Int) -> Bool

  /// How often (in rows) the progress callback is called.
  static let progressStep = 1000

  /// Reads a file's bytes and plans their import.
  public static func plan(
    bytes: [UInt8], in state: DomainState, by actor: Actor, at time: Timestamp,
    options: ImportOptions = ImportOptions(), progress: Progress? = nil
  ) throws(ImportError) -> ImportPlan {
    let table: CSVTable
    do {
      table = try CSVReader.read(bytes)
    } catch {
      throw ImportError(.unreadable, error.message)
    }
    return try plan(
      table, in: state, by: actor, at: time, options: options, progress: progress)
  }

  /// Plans the import of a table read from a file.
  public static func plan(
    _ table: CSVTable, in state: DomainState, by actor: Actor, at time: Timestamp,
    options: ImportOptions = ImportOptions(), progress: Progress? = nil
  ) throws(ImportError) -> ImportPlan {
    var mapping: [(index: Int, column: ExchangeColumn)] = []
    var ignored: [String] = []
    var seen: Set<ExchangeColumn> = []
    for (index, header) in table.header.enumerated() {
      if let column = ExchangeColumn.named(header), column.isImportable,
        seen.insert(column).inserted
      {
        mapping.append((index, column))
      } else {
        ignored.append(header)
      }
    }
    for required in [ExchangeColumn.uscc, .name] where !seen.contains(required) {
      throw ImportError(
        .missingColumn,
        LocalizedText(
          zh: "缺少“\(required.header.zh)”列（表头可用中文或英文列名）",
          en: "The \"\(required.header.en)\" column is missing (headers may be Chinese or English)"
        ))
    }
    var planner = ImportPlanner(
      state: state, actor: actor, time: time, options: options, mapping: mapping,
      headers: table.header)
    let total = table.rows.count
    planner.reserveCapacity(total)
    for (index, row) in table.rows.enumerated() {
      if index % progressStep == 0, let progress, !progress(index, total) {
        throw cancelled
      }
      try planner.plan(row)
    }
    try planner.finish()
    if let progress, !progress(total, total) { throw cancelled }
    return ImportPlan(
      encoding: table.encoding, columns: mapping.map(\.column), ignoredColumns: ignored,
      rowCount: total, added: planner.added, updated: planner.updated,
      unchanged: planner.unchanged, rejections: planner.rejections, events: planner.events,
      basedOn: state.appliedEvents)
  }

  static let cancelled = ImportError(
    .cancelled, LocalizedText(zh: "导入已取消，未写入任何内容", en: "Import cancelled; nothing was written"))
}
