/// What a command prints: lines for stdout, one-line reasons for stderr, and whether it failed.
struct CommandReport: Equatable {
  var output: [String] = []
  var errors: [String] = []
  var failed = false

  /// Records a reason the command failed.
  mutating func fail(_ reason: String) {
    errors.append(reason)
    failed = true
  }
}
