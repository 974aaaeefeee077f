import ArgumentParser
import TerminalUI

/// Options to run the app without a terminal and print the final screen.
struct HeadlessOptions: ParsableArguments {
  @Flag(name: .long, help: "Run on an in-memory screen instead of the terminal.")
  var headless = false

  @Option(name: .long, help: "Screen size for --headless, WIDTHxHEIGHT.")
  var size = "100x30"

  @Option(
    name: .long,
    help: "Keys to press, such as 'j j <Enter> :pane<Space>cases<Enter> <C-f>' (see README).")
  var keys = ""

  @Flag(name: .long, help: "Print the final screen as text (with --headless).")
  var dump = false

  @Flag(name: .long, help: "With --dump, add the style layer (which role each cell has).")
  var styles = false

  func validate() throws {
    guard headless else {
      if dump || styles || !keys.isEmpty {
        throw ValidationError("--keys, --dump and --styles need --headless")
      }
      return
    }
    guard Size(parsing: size) != nil else {
      throw ValidationError("--size must look like 100x30, not \(size)")
    }
    do {
      _ = try Key.parseSequence(keys)
    } catch {
      throw ValidationError("--keys: \(error)")
    }
  }
}
