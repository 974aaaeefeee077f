import CaseDeskStore
import Glibc
import Testing

/// Injects a failure at every step of an append, of an atomic file write and of a torn-tail
/// recovery; after each, the file on disk holds the old or the new content, never a mix, and
/// the journal writer is failed (read-only) whenever a write or sync failed.
@Suite struct FaultInjectionTests {
  /// The faults worth trying on a call of `operation` that writes `size` bytes.
  static func effects(for operation: FileOperation, size: Int) -> [FileFault.Effect] {
    switch operation {
    case .write:
      return [
        .error(ENOSPC), .error(EIO), .shortWrite(1), .shortWrite(size / 2),
        .partialWriteThenError(1, ENOSPC), .partialWriteThenError(size / 2, ENOSPC),
        .partialWriteThenError(max(0, size - 1), EIO),
      ]
    case .fdatasync, .fsync, .close, .ftruncate, .fchmod: return [.error(EIO)]
    case .open: return [.error(EACCES), .error(ENOSPC)]
    case .rename: return [.error(EXDEV), .error(EIO)]
    case .freeSpace: return [.error(EIO), .freeSpace(0)]
    default: return [.error(EIO)]
    }
  }

  /// Which occurrence of the same operation on the same path a recorded call is.
  static func occurrence(of index: Int, in calls: [FaultyFileSystem.Call]) -> Int {
    calls[...index].filter {
      $0.operation == calls[index].operation && $0.path == calls[index].path
    }
    .count
  }

  @Test(arguments: [3, 2_000]) func everyStepOfAnAppend(batch: Int) throws {
    let directory = try TemporaryDirectory("append-faults")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let old = try JournalFixture.write(3, to: path)
    let drafts = (3..<3 + batch).map { JournalFixture.draft($0, padding: 600) }

    // A clean run, to list the steps and learn the new content.
    let probe = FaultyFileSystem()
    let probeWriter = try JournalWriter(
      recovered: try JournalRecovery(fileSystem: probe).open(
        path: path, base: .zero, firstSequence: 1), fileSystem: probe)
    probe.clearCalls()
    try probeWriter.append(drafts)
    probeWriter.close()
    let steps = probe.calls.filter { $0.operation != .close }
    let new = try #require(contents(path))
    #expect(
      steps.map(\.operation)
        == (batch > 3 ? [.freeSpace, .write, .fdatasync] : [.write, .fdatasync]))

    var injected = 0
    var failedWriters = 0
    for (index, step) in steps.enumerated() {
      for effect in FaultInjectionTests.effects(for: step.operation, size: new.count - old.count) {
        try overwrite(path, old)
        let faulty = FaultyFileSystem()
        let writer = try JournalWriter(
          recovered: try JournalRecovery(fileSystem: faulty).open(
            path: path, base: .zero, firstSequence: 1), fileSystem: faulty)
        faulty.inject(
          FileFault(
            step.operation, pathSuffix: step.path,
            nth: FaultInjectionTests.occurrence(
              of: index, in: steps), effect: effect))
        injected += 1
        var thrown: (any Error)?
        do { try writer.append(drafts) } catch { thrown = error }
        let onDisk = contents(path)
        #expect(onDisk == old || onDisk == new, "\(step) \(effect): a mix on disk")
        #expect(faulty.calls.filter { $0.operation == .fdatasync }.count <= 1)
        if let thrown {
          if effect == .freeSpace(0) {
            let needed = UInt64(new.count - old.count) + JournalWriter.reserveBytes
            #expect(
              thrown as? JournalError
                == .insufficientSpace(path: path, needed: needed, available: 0))
            #expect(onDisk == old && writer.failureReason == nil)
          } else if case .failed(let reason) = thrown as? JournalError {
            failedWriters += 1
            #expect(onDisk == old, "\(step) \(effect): not rolled back")
            #expect(writer.failureReason == reason)
            // Read-only from now on: the same error every time, nothing written.
            #expect(throws: JournalError.failed(reason: reason)) {
              try writer.append([JournalFixture.draft(99)])
            }
            #expect(contents(path) == old)
          } else {
            Issue.record("\(step) \(effect): \(thrown)")
          }
        } else {
          // Only a short write (looped over) or a free-space query failing or reporting
          // plenty lets the append succeed.
          #expect(onDisk == new, "\(step) \(effect)")
          #expect(step.operation == .write ? effect != .error(EIO) : step.operation == .freeSpace)
        }
        let reopened = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
        #expect(reopened.outcome == .clean)
      }
    }
    print(
      "append faults (batch \(batch)): \(steps.count) steps, \(injected) faults injected, "
        + "\(failedWriters) writers turned read-only, 0 mixes on disk")
  }

  @Test func aFailedRollbackIsSetAsideAtTheNextOpen() throws {
    let directory = try TemporaryDirectory("rollback")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let old = try JournalFixture.write(3, to: path)
    let faulty = FaultyFileSystem()
    let writer = try JournalWriter(
      recovered: try JournalRecovery(fileSystem: faulty).open(
        path: path, base: .zero, firstSequence: 1), fileSystem: faulty)
    faulty.inject(FileFault(.write, effect: .partialWriteThenError(50, ENOSPC)))
    faulty.inject(FileFault(.ftruncate, effect: .error(EIO)))
    #expect(throws: JournalError.self) { try writer.append(JournalFixture.draft(3)) }
    #expect(writer.failureReason?.contains("Cutting the unsaved bytes off also failed") == true)
    #expect(contents(path)?.count == old.count + 50)
    let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
    guard case .tornTail(let torn) = recovered.outcome else {
      Issue.record("expected a torn tail")
      return
    }
    #expect(torn.byteCount == 50 && contents(path) == old)
  }

  @Test func everyStepOfAnAtomicWrite() throws {
    let directory = try TemporaryDirectory("atomic-faults")
    defer { directory.remove() }
    let path = directory.file("snapshot.tsv")
    let old = Array(String(repeating: "旧 old line\n", count: 300).utf8)
    let new = Array(String(repeating: "新 new line\n", count: 500).utf8)
    try AtomicFileWriter().write(old, to: path)

    let probe = FaultyFileSystem()
    try AtomicFileWriter(fileSystem: probe).write(new, to: path)
    let steps = probe.calls
    var injected = 0
    var failures = 0
    for (index, step) in steps.enumerated() {
      for effect in FaultInjectionTests.effects(for: step.operation, size: new.count) {
        try AtomicFileWriter().write(old, to: path)
        let faulty = FaultyFileSystem()
        faulty.inject(
          FileFault(
            step.operation, pathSuffix: step.path,
            nth: FaultInjectionTests.occurrence(of: index, in: steps), effect: effect))
        injected += 1
        var failed = false
        do { try AtomicFileWriter(fileSystem: faulty).write(new, to: path) } catch { failed = true }
        if failed { failures += 1 }
        let onDisk = contents(path)
        #expect(onDisk == old || onDisk == new, "\(step) \(effect): a mix on disk")
        if case .shortWrite = effect {
          #expect(!failed && onDisk == new)
        } else {
          #expect(failed, "\(step) \(effect): not reported")
        }
        if failed, step.operation != .fsync || step.path != directory.path,
          step.operation != .open || step.path != directory.path,
          step.operation != .close || step.path != directory.path
        {
          #expect(onDisk == old, "\(step) \(effect): new content after a failure before rename")
        }
        #expect(
          try PosixFileSystem().readDirectory(directory.path) == ["snapshot.tsv"],
          "\(step) \(effect): temporary file left")
        #expect(try permissions(path) == 0o600)
      }
    }
    print(
      "atomic write faults: \(steps.count) steps, \(injected) faults injected, \(failures) "
        + "reported, 0 mixes on disk, 0 temporary files left")
  }

  @Test func everyStepOfATornTailRecovery() throws {
    let directory = try TemporaryDirectory("recovery-faults")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let good = try JournalFixture.write(4, to: path)
    let torn = good + Array("000000000005\t2025".utf8)
    try overwrite(path, torn)
    let probe = FaultyFileSystem()
    _ = try JournalRecovery(fileSystem: probe).open(path: path, base: .zero, firstSequence: 1)
    let steps = probe.calls
    var injected = 0
    for (index, step) in steps.enumerated() {
      for effect in FaultInjectionTests.effects(for: step.operation, size: 18) {
        try overwrite(path, torn)
        let faulty = FaultyFileSystem()
        faulty.inject(
          FileFault(
            step.operation, pathSuffix: step.path,
            nth: FaultInjectionTests.occurrence(of: index, in: steps), effect: effect))
        injected += 1
        _ = try? JournalRecovery(fileSystem: faulty).open(
          path: path, base: .zero, firstSequence: 1)
        let onDisk = contents(path)
        #expect(onDisk == torn || onDisk == good, "\(step) \(effect)")
        // Whatever happened, a later recovery without faults ends clean with every record.
        let again = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
        #expect(again.recordCount == 4 && contents(path) == good)
      }
    }
    print("recovery faults: \(steps.count) steps, \(injected) faults injected, 0 records lost")
  }
}
