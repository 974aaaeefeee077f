import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI

extension AppRuntime {
  /// `:import FILE`: plans the import against the saved state and saves it as one batch, or
  /// says which rows were refused (nothing is written then).
  func importEnterprises(path: String, update: Bool, store: any DomainStore) {
    let strings = state.strings
    guard let data = FileManager.default.contents(atPath: path) else {
      dispatch(.problemReported(strings.format(.importUnreadable, path)))
      return
    }
    let plan: ImportPlan
    let title = strings.format(.importing, path)
    defer { dispatch(.progressChanged(nil)) }
    do {
      plan = try EnterpriseImport.plan(
        bytes: Array(data), in: store.state, by: state.actor, at: state.now,
        options: ImportOptions(update: update),
        progress: { [weak self] done, total in
          self?.dispatch(.progressChanged(WorkProgress(title: title, done: done, total: total)))
          self?.renderFrame()
          return true
        })
    } catch {
      dispatch(.problemReported(strings.localized(error.message)))
      return
    }
    if let first = plan.rejections.first {
      dispatch(
        .problemReported(
          strings.format(
            .importRejected, "\(plan.rejections.count)", "\(first.line)", first.field,
            strings.localized(first.reason))))
      return
    }
    do {
      try store.record(plan.events)
    } catch {
      dispatch(.changeRefused(error))
      return
    }
    if !plan.events.isEmpty { dispatch(.domainChanged(store.state, plan.events)) }
    dispatch(
      .noticeReported(
        strings.format(
          .importDone, "\(plan.added)", "\(plan.updated)", "\(plan.unchanged)",
          plan.encoding.rawValue)))
  }

  /// `:export [FILE]` and `E`: writes the given enterprises whole (temporary file, rename).
  func exportEnterprises(ids: [EnterpriseID], columns: [String], path: String) {
    let strings = state.strings
    let domain = state.domain
    let enterprises = ids.compactMap { domain.enterprises[$0] }
    var exchange = columns.compactMap { id in
      ExchangeColumn(rawValue: id == "keyDischarge" ? "keyDischargeUnit" : id)
    }
    if !exchange.contains(.uscc) { exchange.insert(.uscc, at: 0) }
    let bytes: [UInt8]
    if path.lowercased().hasSuffix(".json") {
      bytes = EnterpriseExport.json(enterprises, in: domain, columns: exchange)
    } else {
      bytes = EnterpriseExport.csv(
        enterprises, in: domain,
        options: EnterpriseExport.Options(columns: exchange, chinese: state.language == .zh))
    }
    do {
      try AtomicFileWriter().write(bytes, to: path)
    } catch {
      dispatch(.problemReported(strings.format(.exportFailed, path, "\(error)")))
      return
    }
    dispatch(.noticeReported(strings.format(.exportDone, "\(enterprises.count)", path)))
  }

  /// `:export` on a pane whose rows are not enterprises: the table as shown.
  func exportTable(columns: [String], headers: [String], rows: [[String]], path: String) {
    let strings = state.strings
    let bytes =
      path.lowercased().hasSuffix(".json")
      ? TableExport.json(keys: columns, rows: rows) : TableExport.csv(header: headers, rows: rows)
    do {
      try AtomicFileWriter().write(bytes, to: path)
    } catch {
      dispatch(.problemReported(strings.format(.exportFailed, path, "\(error)")))
      return
    }
    dispatch(.noticeReported(strings.format(.exportDone, "\(rows.count)", path)))
  }
}
