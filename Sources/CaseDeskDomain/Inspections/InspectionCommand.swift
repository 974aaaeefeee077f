/// What a user asks of inspections ("无计划不检查", 扫码入企, health-check forms).
public enum InspectionCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
