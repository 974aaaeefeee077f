// A helper process for the store's reliability tests; not part of the product.
//
//   JournalTorture append DIR SEED
//     Recovers DIR/journal-000001.log (creating it when missing), then appends batches of
//     random size forever, writing `ack SEQ` to stdout after each append returns (each ack is
//     one unbuffered write). The test kills it with SIGKILL at a random moment.
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
  var host = [UInt8](repeating: 0, count: 256)
  host.withUnsafeMutableBufferPointer { buffer in
    buffer.withMemoryRebound(to: CChar.self) { chars in
      if let base = chars.baseAddress { _ = gethostname(base, 255) }
    }
  }
  let holder = LockHolder(
    operatorID: operatorID, host: String(decoding: host.prefix { $0 != 0 }, as: UTF8.self),
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

let arguments = CommandLine.arguments
guard arguments.count == 4 else { die("usage: JournalTorture append DIR SEED | lock DIR OPERATOR") }
switch arguments[1] {
case "append": appendForever(directory: arguments[2], seed: UInt64(arguments[3]) ?? 1)
case "lock": race(directory: arguments[2], operatorID: arguments[3])
default: die("unknown mode \(arguments[1])")
}
