import CaseDeskStore
import Glibc
import Testing

@Suite struct FileSystemTests {
  let fileSystem = PosixFileSystem()

  @Test func readsWritesAndDescribesFiles() throws {
    let directory = try TemporaryDirectory("fs")
    defer { directory.remove() }
    let path = directory.file("a.txt")
    let file = try fileSystem.open(path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
    try fileSystem.writeAll(file, Array("你好 world".utf8))
    try fileSystem.fdatasync(file)
    try fileSystem.fchmod(file, mode: 0o600)
    #expect(try fileSystem.fstat(file).size == 12)
    try fileSystem.ftruncate(file, length: 6)
    try fileSystem.close(file)
    #expect(try fileSystem.readFile(path) == Array("你好".utf8))
    let status = try fileSystem.stat(path)
    #expect(status.isRegularFile && !status.isDirectory && status.permissions == 0o600)
    #expect(status.owner == geteuid())
    #expect(try fileSystem.readDirectory(directory.path) == ["a.txt"])
    #expect(try fileSystem.freeSpace(directory.path) > 0)
    #expect(try !fileSystem.fileSystemType(directory.path).isEmpty)
    try fileSystem.rename(path, to: directory.file("b.txt"))
    #expect(!fileSystem.exists(path))
    try fileSystem.unlink(directory.file("b.txt"))
    #expect(try fileSystem.readDirectory(directory.path).isEmpty)
  }

  @Test func errorsNameTheOperationThePathAndTheReason() throws {
    let missing = "/nonexistent-casedesk/x"
    #expect {
      _ = try fileSystem.readFile(missing)
    } throws: { error in
      guard let error = error as? FileSystemError else { return false }
      return error.errno == ENOENT && error.path == missing && error.operation == "open"
        && error.description == "open \(missing): No such file or directory"
    }
  }

  @Test func devFullReportsNoSpaceOnTheRealFileSystem() throws {
    guard fileSystem.exists("/dev/full") else { return }
    let file = try fileSystem.open("/dev/full", flags: O_WRONLY, mode: 0)
    defer { try? fileSystem.close(file) }
    #expect {
      try fileSystem.writeAll(file, [UInt8](repeating: 0x41, count: 100))
    } throws: { error in
      (error as? FileSystemError)?.errno == ENOSPC
        && (error as? FileSystemError)?.message == "No space left on device"
    }
  }

  @Test func faultyFileSystemRecordsCallsAndFailsTheNthMatchingCall() throws {
    let directory = try TemporaryDirectory("faulty")
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    faulty.inject(FileFault(.write, pathSuffix: "b.log", nth: 2, effect: .error(ENOSPC)))
    faulty.inject(FileFault(.write, pathSuffix: "a.log", nth: 1, effect: .shortWrite(3)))
    let a = try faulty.open(directory.file("a.log"), flags: O_WRONLY | O_CREAT, mode: 0o600)
    let b = try faulty.open(directory.file("b.log"), flags: O_WRONLY | O_CREAT, mode: 0o600)
    let bytes: [UInt8] = Array("hello".utf8)
    #expect(try bytes.withUnsafeBytes { try faulty.write(a, $0) } == 3)
    #expect(try bytes.withUnsafeBytes { try faulty.write(a, $0) } == 5)
    #expect(try bytes.withUnsafeBytes { try faulty.write(b, $0) } == 5)
    #expect(throws: FileSystemError.self) {
      _ = try bytes.withUnsafeBytes { try faulty.write(b, $0) }
    }
    try faulty.close(a)
    try faulty.close(b)
    #expect(contents(directory.file("a.log")) == Array("helhello".utf8))
    let writes = faulty.calls.filter { $0.operation == .write }
    #expect(writes.map(\.faulted) == [true, false, false, true])
    #expect(faulty.calls.count == 8)
  }

  @Test func partialWriteThenErrorLeavesTheBytesItWrote() throws {
    let directory = try TemporaryDirectory("partial")
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    faulty.inject(FileFault(.write, effect: .partialWriteThenError(2, ENOSPC)))
    let file = try faulty.open(directory.file("p"), flags: O_WRONLY | O_CREAT, mode: 0o600)
    #expect(throws: FileSystemError.self) { try faulty.writeAll(file, Array("abcdef".utf8)) }
    try faulty.close(file)
    #expect(contents(directory.file("p")) == Array("ab".utf8))
  }
}
