import CaseDeskDomain

/// The demo's history as steps to run in time order (ties keep the order they were added).
struct DemoSchedule {
  private(set) var steps: [DemoStep] = []
  private(set) var slotCount = 0

  /// A new slot for the id of a record a step will create.
  mutating func slot(count: Int = 1) -> Int {
    defer { slotCount += count }
    return slotCount
  }

  /// Adds a step.
  mutating func at(
    _ time: Timestamp, _ body: @escaping (inout DemoRunner) throws(DemoBuildError) -> Void
  ) {
    steps.append(DemoStep(time: time, order: steps.count, body: body))
  }

  /// Adds a command whose input does not depend on ids created earlier.
  mutating func command(_ command: Command, by actor: Actor, at time: Timestamp) {
    at(time) { (runner: inout DemoRunner) throws(DemoBuildError) in
      try runner.perform(command, by: actor, at: time)
    }
  }

  /// Adds a command built from the ids known when it runs.
  mutating func command(
    by actor: Actor, at time: Timestamp, _ make: @escaping (DemoRunner) -> Command
  ) {
    at(time) { (runner: inout DemoRunner) throws(DemoBuildError) in
      try runner.perform(make(runner), by: actor, at: time)
    }
  }

  /// Adds a command that creates records whose ids go into slots from `slot`.
  mutating func create(
    _ kind: DemoRunner.Created, into slot: Int, by actor: Actor, at time: Timestamp,
    _ make: @escaping (DemoRunner) -> Command
  ) {
    at(time) { (runner: inout DemoRunner) throws(DemoBuildError) in
      try runner.perform(make(runner), by: actor, at: time, creating: kind, into: slot)
    }
  }

  /// Runs every step in time order.
  func run() -> (runner: DemoRunner, error: DemoBuildError?) {
    var runner = DemoRunner(slotCount: slotCount)
    let ordered = steps.sorted {
      ($0.time.secondsSinceEpoch, $0.order) < ($1.time.secondsSinceEpoch, $1.order)
    }
    for step in ordered {
      do {
        try step.body(&runner)
      } catch {
        return (runner, error)
      }
    }
    return (runner, nil)
  }
}
