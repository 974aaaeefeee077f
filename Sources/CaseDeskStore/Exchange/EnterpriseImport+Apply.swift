import CaseDeskDomain

extension EnterpriseImport {
  /// Writes a plan's events to the workspace in one journal batch (one write, one sync) and
  /// applies them; returns the number of events written.
  ///
  /// Refuses, writing nothing, a plan with rejections unless `options.partial`, a plan made
  /// against another state, and a cancel from `progress` (called once before writing, with 0
  /// done, and once after).
  @discardableResult
  public static func apply(
    _ plan: ImportPlan, to workspace: Workspace, options: ImportOptions,
    progress: Progress? = nil
  ) throws(ImportError) -> Int {
    guard plan.canApply(options) else {
      throw ImportError(
        .rowsRejected,
        LocalizedText(
          zh: "有 \(plan.rejections.count) 行被拒绝，未写入任何内容",
          en: "\(plan.rejections.count) row(s) rejected; nothing was written"))
    }
    guard plan.basedOn == workspace.state.appliedEvents else {
      throw ImportError(
        .stale,
        LocalizedText(
          zh: "工作区在检查之后已有变化，请重新导入", en: "The workspace changed since the check; import again"))
    }
    let total = plan.events.count
    if let progress, !progress(0, total) { throw cancelled }
    guard total > 0 else { return 0 }
    do {
      try workspace.save(plan.events)
    } catch {
      throw ImportError(
        .saveFailed, LocalizedText(zh: "保存失败：\(error)", en: "Saving failed: \(error)"))
    }
    _ = progress?(total, total)
    return total
  }
}
