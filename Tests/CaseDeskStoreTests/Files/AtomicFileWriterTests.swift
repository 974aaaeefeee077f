import CaseDeskStore
import Glibc
import Testing

@Suite struct AtomicFileWriterTests {
  @Test func writesANewFilePrivatelyAndReplacesAnOldOne() throws {
    let directory = try TemporaryDirectory("atomic")
    defer { directory.remove() }
    let path = directory.file("staff.tsv")
    let faulty = FaultyFileSystem()
    let writer = AtomicFileWriter(fileSystem: faulty)
    try writer.write("first\n", to: path)
    #expect(contents(path) == Array("first\n".utf8))
    #expect(try permissions(path) == 0o600)
    try writer.write("second\n", to: path)
    #expect(contents(path) == Array("second\n".utf8))
    #expect(try PosixFileSystem().readDirectory(directory.path) == ["staff.tsv"])
    let steps = faulty.calls.prefix(8).map(\.operation)
    #expect(
      steps == [.open, .fchmod, .write, .fsync, .close, .rename, .open, .fsync])
    #expect(faulty.calls[0].path == AtomicFileWriter.temporaryPath(for: path))
    #expect(faulty.calls[6].path == directory.path)
  }

  @Test func aStaleTemporaryFileFromADeadProcessIsReplaced() throws {
    let directory = try TemporaryDirectory("stale")
    defer { directory.remove() }
    let path = directory.file("config.toml")
    try overwrite(AtomicFileWriter.temporaryPath(for: path), Array("junk".utf8))
    try AtomicFileWriter().write("ok", to: path)
    #expect(contents(path) == Array("ok".utf8))
    #expect(!PosixFileSystem().exists(AtomicFileWriter.temporaryPath(for: path)))
  }

  @Test func directoryOfAPath() {
    #expect(AtomicFileWriter.directory(of: "/a/b/c") == "/a/b")
    #expect(AtomicFileWriter.directory(of: "/c") == "/")
    #expect(AtomicFileWriter.directory(of: "c") == ".")
  }
}
