// A helper process for the store's reliability tests; not part of the product.
//
//   JournalTorture append DIR SEED
//     Recovers DIR/journal-000001.log (creating it when missing), then appends batches of
//     random size forever, writing `ack SEQ` to stdout after each append returns (each ack is
//     one unbuffered write). The test kills it with SIGKILL at a random moment.
//   JournalTorture bench DIR [RECORDS]
//     Benchmarks (run from a release build): durable appends of one record (p50/p99 over
//     2,000), and parse + verify of a journal of RECORDS (default 1,000,000) synthetic lines.
//   JournalTorture lock DIR OPERATOR
//     Waits for a line on stdin, then tries the workspace lock once. Prints `won PID` and holds
//     the lock until stdin closes, or prints `held OPERATOR PID` naming the holder and exits.
import CaseDeskDomain
import CaseDeskStore
import Glibc

/// Writes a line to stdout in one unbuffered write, so a kill right after loses nothing.
func say(_ text: String) {
  let bytes = Array((text + "\n").utf8)
  bytes.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count, let base = raw.baseAddress {
      let written = write(1, base + offset, raw.count - offset)
      if written <= 0 { exit(3) }
      offset += written
    }
  }
}

/// Stops with a message on stderr.
func die(_ text: String) -> Never {
  FileHandleless.stderr(text)
  exit(2)
}

/// Plain stderr output without Foundation.
enum FileHandleless {
  static func stderr(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}

/// A small deterministic generator (SplitMix64).
struct Generator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// The data field of record `sequence`: the tests check `n` matches the sequence number.
func data(_ sequence: UInt64, padding: Int) -> [UInt8] {
  Array("{\"n\":\(sequence),\"pad\":\"\(String(repeating: "x", count: padding))\"}".utf8)
}

func appendForever(directory: String, seed: UInt64) -> Never {
  let fileSystem = PosixFileSystem()
  let path = "\(directory)/\(JournalGeneration.first.fileName)"
  let writer: JournalWriter
  do {
    if fileSystem.exists(path) {
      let recovered = try JournalRecovery(fileSystem: fileSystem).open(
        path: path, base: .zero, firstSequence: 1)
      writer = try JournalWriter(recovered: recovered, fileSystem: fileSystem)
    } else {
      writer = try JournalWriter.create(
        path: path, base: .zero, nextSequence: 1, fileSystem: fileSystem)
    }
  } catch {
    die("open: \(error)")
  }
  var random = Generator(state: seed)
  let time = Timestamp(secondsSinceEpoch: 1_751_271_300)
  while true {
    // Mostly small batches; sometimes a large one (tens to hundreds of KiB) that a kill can
    // tear part-way through the write.
    let large = random.below(5) == 0
    let count = large ? 100 + random.below(900) : 1 + random.below(8)
    var drafts: [JournalDraft] = []
    var sequence = writer.lastSequence
    for _ in 0..<count {
      sequence += 1
      drafts.append(
        JournalDraft(
          time: time, operatorID: "zhangwei", type: "test.appended",
          data: data(sequence, padding: random.below(large ? 400 : 120))))
    }
    do {
      try writer.append(drafts)
    } catch {
      die("append: \(error)")
    }
    say("ack \(writer.lastSequence)")
  }
}

func race(directory: String, operatorID: String) -> Never {
  // Wait for the starting gun so that every process tries at nearly the same moment.
  var byte: UInt8 = 0
  while read(0, &byte, 1) == 1, byte != 0x0A {}
  let holder = LockHolder(
    operatorID: operatorID, host: WorkspaceLock.hostName(),
    pid: getpid(),
    since: JournalRecovery.currentTime().description)
  do {
    switch try WorkspaceLock.acquire(workspace: directory, holder: holder) {
    case .acquired(let lock):
      say("won \(getpid())")
      // Hold the lock until the parent closes stdin.
      while read(0, &byte, 1) == 1 {}
      lock.release()
      exit(0)
    case .heldByAnother(let other):
      var named = other
      var tries = 0
      while named == nil, tries < 200 {
        usleep(5_000)
        named = WorkspaceLock.readHolder(workspace: directory)
        tries += 1
      }
      guard let named else { die("held by an unnamed process") }
      say("held \(named.operatorID) \(named.pid)")
      exit(0)
    }
  } catch {
    die("lock: \(error)")
  }
}

/// Nanoseconds on the monotonic clock.
func now() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// The value at a fraction of the way through sorted values.
func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

func milliseconds(_ value: Double) -> String {
  let scaled = Int((value * 1000).rounded())
  let fraction = String(scaled % 1000)
  return "\(scaled / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
}

func bench(directory: String, records: Int) -> Never {
  let fileSystem = PosixFileSystem()
  let time = Timestamp(secondsSinceEpoch: 1_751_271_300)
  do {
    // 1. One durable change: append one record (write + fdatasync), 2,000 times.
    let appendPath = "\(directory)/journal-000001.log"
    let writer = try JournalWriter.create(
      path: appendPath, base: .zero, nextSequence: 1, fileSystem: fileSystem)
    var samples: [Double] = []
    for index in 0..<2_000 {
      let draft = JournalDraft(
        time: time, operatorID: "zhangwei", type: "inspection.recorded",
        data: data(UInt64(index + 1), padding: 120))
      let start = now()
      try writer.append(draft)
      samples.append(Double(now() - start) / 1e6)
    }
    writer.close()
    samples.sort()
    say(
      "durable append (write + fdatasync, 1 record ~220 B): n=2000 p50=\(milliseconds(percentile(samples, 0.5))) ms "
        + "p99=\(milliseconds(percentile(samples, 0.99))) ms max=\(milliseconds(samples.last ?? 0)) ms"
    )

    // 2. Parse + verify a journal of `records` synthetic lines.
    let scanPath = "\(directory)/journal-000002.log"
    let big = try JournalWriter.create(
      path: scanPath, base: .zero, nextSequence: 1, fileSystem: fileSystem)
    var written = 0
    while written < records {
      let count = min(50_000, records - written)
      try big.append(
        (0..<count).map { offset in
          JournalDraft(
            time: time, operatorID: "zhangwei", type: "inspection.recorded",
            data: data(UInt64(written + offset + 1), padding: 60))
        })
      written += count
    }
    big.close()
    let bytes = try fileSystem.readFile(scanPath)
    var scans: [Double] = []
    var references: [Double] = []
    var opens: [Double] = []
    for _ in 0..<5 {
      var start = now()
      var scanner = JournalScanner(bytes: bytes, base: .zero, firstSequence: 1)
      let count = scanner.scanToEnd()
      scans.append(Double(now() - start) / 1e6)
      guard count == records, scanner.isComplete else { die("scan found \(count) records") }
      start = now()
      var lines = 0
      bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        var position = 0
        while position < buffer.count,
          let hit = memchr(base + position, 0x0A, buffer.count - position)
        {
          lines += 1
          position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
      }
      references.append(Double(now() - start) / 1e6)
      guard lines == records else { die("reference counted \(lines)") }
      start = now()
      let recovered = try JournalRecovery(fileSystem: fileSystem).open(
        path: scanPath, base: .zero, firstSequence: 1)
      opens.append(Double(now() - start) / 1e6)
      guard recovered.recordCount == records else { die("open found \(recovered.recordCount)") }
    }
    scans.sort()
    references.sort()
    opens.sort()
    let mebibytes = Double(bytes.count) / 1_048_576
    say(
      "parse + verify \(records) lines (\(Int(mebibytes)) MiB): median \(milliseconds(scans[2])) ms "
        + "(\(Int(mebibytes / scans[2] * 1000)) MiB/s); read file + verify (JournalRecovery.open): "
        + "median \(milliseconds(opens[2])) ms; reference memchr line count: median "
        + "\(milliseconds(references[2])) ms")
  } catch {
    die("bench: \(error)")
  }
  exit(0)
}

let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "bench" {
  bench(
    directory: arguments[2],
    records: arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000)
}
guard arguments.count == 4 else { die("usage: JournalTorture append DIR SEED | lock DIR OPERATOR") }
switch arguments[1] {
case "append": appendForever(directory: arguments[2], seed: UInt64(arguments[3]) ?? 1)
case "lock": race(directory: arguments[2], operatorID: arguments[3])
default: die("unknown mode \(arguments[1])")
}
