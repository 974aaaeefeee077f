import CaseDeskStore
import Foundation
import Glibc
import Testing

/// N processes race for one workspace's lock: exactly one wins every time, and every loser
/// reads the winner's name and pid from the lock file.
@Suite struct LockRaceTests {
  @Test func exactlyOneProcessWinsEveryRace() throws {
    let rounds = longRun ? 100 : 12
    let contenders = 6
    let directory = try TemporaryDirectory("race")
    defer { directory.remove() }
    var races = 0
    for round in 0..<rounds {
      var children: [(Process, input: Pipe, output: Pipe)] = []
      for index in 0..<contenders {
        children.append(try TortureProcess.launch(["lock", directory.path, "staff\(index)"]))
      }
      // The starting gun: every child tries the lock as soon as it reads this line.
      for child in children { child.input.fileHandleForWriting.write(Data("go\n".utf8)) }
      let answers = children.map {
        String(decoding: TortureProcess.readLine($0.output), as: UTF8.self)
          .trimmingCharacters(in: .newlines)
      }
      let winners = answers.filter { $0.hasPrefix("won ") }
      #expect(winners.count == 1, "round \(round): \(answers)")
      if let winner = winners.first {
        let pid = winner.dropFirst(4)
        let index = try #require(answers.firstIndex(of: winner))
        for answer in answers where answer != winner {
          #expect(answer == "held staff\(index) \(pid)", "round \(round)")
        }
      }
      for child in children { try child.input.fileHandleForWriting.close() }
      for child in children { child.0.waitUntilExit() }
      races += 1
    }
    print(
      "lock race: \(races) races of \(contenders) processes, exactly 1 writer each time, "
        + "\(races * (contenders - 1)) losers named the holder")
  }

  @Test func separateOpensInOneProcessConflictAndTheLockIsFreedOnRelease() throws {
    let directory = try TemporaryDirectory("lock")
    defer { directory.remove() }
    let holder = LockHolder(
      operatorID: "zhangwei", name: "张伟", host: "desk-07", pid: getpid(),
      since: "2025-06-30T08:15:00Z")
    guard
      case .acquired(let lock) = try WorkspaceLock.acquire(
        workspace: directory.path, holder: holder)
    else {
      Issue.record("first acquire failed")
      return
    }
    let other = LockHolder(operatorID: "lina", host: "desk-08", pid: 1, since: "later")
    guard
      case .heldByAnother(let named) = try WorkspaceLock.acquire(
        workspace: directory.path, holder: other)
    else {
      Issue.record("second acquire succeeded")
      return
    }
    #expect(named == holder)
    #expect(
      named?.description == "张伟 (zhangwei) on host desk-07, pid \(getpid()), since "
        + "2025-06-30T08:15:00Z")
    #expect(WorkspaceLock.readHolder(workspace: directory.path) == holder)
    lock.release()
    // Another test of this process may be starting a child at this moment: between its fork
    // and its exec the child shares the lock's file description, so allow it a moment.
    var acquired: WorkspaceLock?
    for _ in 0..<50 where acquired == nil {
      if case .acquired(let again) = try WorkspaceLock.acquire(
        workspace: directory.path, holder: other)
      {
        acquired = again
      } else {
        usleep(20_000)
      }
    }
    guard let again = acquired else {
      Issue.record("lock not freed on release")
      return
    }
    #expect(WorkspaceLock.readHolder(workspace: directory.path) == other)
    again.release()
  }

  @Test func holderTextRoundTripsAndToleratesJunk() {
    let holder = LockHolder(operatorID: "a\nb", host: "h", pid: 7, since: "s")
    #expect(LockHolder(text: holder.text)?.operatorID == "a b")
    #expect(LockHolder(text: "") == nil)
    #expect(LockHolder(text: "garbage\nhost=x\n") == nil)
    #expect(LockHolder(text: "operator=x\npid=notanumber\nextra=1")?.pid == 0)
  }
}
