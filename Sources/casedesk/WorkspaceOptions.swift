import ArgumentParser

/// The workspace a maintenance command works on: `--data DIR` (from the global options, which
/// every command shares) or the demo's.
struct WorkspaceOptions: ParsableArguments {
  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Use the demo workspace.")
  var demo = false
}
