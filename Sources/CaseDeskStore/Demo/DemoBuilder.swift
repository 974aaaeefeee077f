import CaseDeskDomain

/// Builds the deterministic demo workspace: the interview's bureau, or a province-sized one.
public enum DemoBuilder {
  /// The seed of the demo's generator (any fixed value; changing it changes every name).
  static let seed: UInt64 = 0x0412_2025_A5D1

  /// The demo workspace; `scale` gives a workspace of that many enterprises instead.
  ///
  /// The history is made only of commands the domain accepts, so this cannot fail; should a
  /// command ever be refused (a bug, which the tests rule out through `buildChecked`), the
  /// workspace holds the history up to it.
  public static func build(scale: Int? = nil) -> DemoWorkspace {
    let (workspace, _) = run(scale: scale)
    return workspace
  }

  /// The demo workspace, or the first command of its history the domain refused.
  public static func buildChecked(scale: Int? = nil) throws(DemoBuildError) -> DemoWorkspace {
    let (workspace, error) = run(scale: scale)
    if let error { throw error }
    return workspace
  }

  static func run(scale: Int?) -> (DemoWorkspace, DemoBuildError?) {
    let plan = scale.map { DemoPlan.scaled(to: $0) } ?? .interview
    var generator = DemoGenerator(plan: plan, seed: seed)
    generator.scheduleAll()
    let (runner, error) = generator.schedule.run()
    let name = scale.map { "演示：省级规模 \($0) 家企业" } ?? "演示：鞍山市生态环境局 2025"
    let workspace = DemoWorkspace(
      events: runner.events, state: runner.state, asOf: DemoClock.asOf, name: name)
    return (workspace, error)
  }
}
