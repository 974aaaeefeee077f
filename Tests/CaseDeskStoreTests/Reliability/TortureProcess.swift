import Foundation
import Glibc

/// Finds (or, failing that, builds) the `JournalTorture` helper executable the process tests
/// launch as a real child process.
///
/// `swift test` builds every executable target of the package, so the binary normally sits
/// beside the test bundle in `.build/<triple>/debug/`. If it is missing (a filtered build),
/// the test runs `swift build --product JournalTorture` itself, bounded to ten minutes.
enum TortureProcess {
  static let name = "JournalTorture"

  /// The package root, from this file's path.
  static var packageRoot: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }

  /// The helper's path, or why it can neither be found nor built.
  static let executable: Result<String, TortureError> = locate()

  /// How the helper was found, for the test's summary line.
  nonisolated(unsafe) static var origin = "not looked for"

  struct TortureError: Error, CustomStringConvertible {
    var description: String
  }

  private static func locate() -> Result<String, TortureError> {
    let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0])
      .deletingLastPathComponent().path
    let candidates = [
      "\(bundleDirectory)/\(name)", "\(packageRoot)/.build/debug/\(name)",
    ]
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
      origin = "found at \(found)"
      return .success(found)
    }
    let build = Process()
    build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    build.arguments = ["swift", "build", "--product", name]
    build.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    build.standardOutput = FileHandle.nullDevice
    do {
      try build.run()
    } catch {
      return .failure(TortureError(description: "cannot run swift build: \(error)"))
    }
    let deadline = Date().addingTimeInterval(600)
    while build.isRunning, Date() < deadline { usleep(100_000) }
    if build.isRunning {
      build.terminate()
      return .failure(TortureError(description: "swift build --product \(name) timed out"))
    }
    let built = "\(packageRoot)/.build/debug/\(name)"
    guard FileManager.default.isExecutableFile(atPath: built) else {
      return .failure(TortureError(description: "swift build did not produce \(built)"))
    }
    origin = "built by the test with swift build --product \(name)"
    return .success(built)
  }

  /// Starts the helper with `arguments`, its stdin and stdout connected to pipes.
  static func launch(_ arguments: [String]) throws -> (Process, input: Pipe, output: Pipe) {
    let path = try executable.get()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    return (process, input, output)
  }

  /// Reads from a pipe until a whole line has arrived (or end of file); returns the bytes read.
  static func readLine(_ pipe: Pipe) -> [UInt8] {
    var bytes: [UInt8] = []
    while !bytes.contains(0x0A) {
      let chunk = pipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      bytes.append(contentsOf: chunk)
    }
    return bytes
  }
}
