import CaseDeskDomain
import CaseDeskStore

/// The default demo and a small scaled one, each built once for the demo suites.
enum DemoFixture {
  /// The default build, or the refusal that stopped it.
  static let result: Result<DemoWorkspace, DemoBuildError> = {
    do throws(DemoBuildError) {
      return .success(try DemoBuilder.buildChecked())
    } catch {
      return .failure(error)
    }
  }()

  /// The default workspace (the history up to a refusal, should one occur).
  static let workspace: DemoWorkspace = {
    switch result {
    case .success(let workspace): return workspace
    case .failure: return DemoBuilder.build()
    }
  }()

  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(ordinal: 0)
  }

  /// The year's figures.
  static let year = workspace.state.statistics(from: day(2025, 1, 1), through: day(2025, 12, 31))

  /// A small scaled workspace.
  static let small: Result<DemoWorkspace, DemoBuildError> = {
    do throws(DemoBuildError) {
      return .success(try DemoBuilder.buildChecked(scale: 1500))
    } catch {
      return .failure(error)
    }
  }()
}
