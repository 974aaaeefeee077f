import ArgumentParser

/// The workspace a maintenance command works on.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "The workspace directory (default: the configured one).")
  var data: String?

  @Flag(name: .long, help: "Use the demo workspace.")
  var demo = false
}
