import CaseDeskDomain

/// Carries out the demo's steps in time order through `Domain.perform`, keeping every event.
struct DemoRunner {
  /// Which kind of record a step creates, to remember its id.
  enum Created {
    case inspection, clue, enforcementCase, referral, serviceRequest, followUpVisit
    case rectificationTask, supervisor

    func id(in ref: RecordRef) -> String? {
      switch (self, ref) {
      case (.inspection, .inspection(let id)): return id.raw
      case (.clue, .clue(let id)): return id.raw
      case (.enforcementCase, .enforcementCase(let id)): return id.raw
      case (.referral, .referral(let id)): return id.raw
      case (.serviceRequest, .serviceRequest(let id)): return id.raw
      case (.followUpVisit, .followUpVisit(let id)): return id.raw
      case (.rectificationTask, .rectificationTask(let id)): return id.raw
      case (.supervisor, .supervisor(let id)): return id.raw
      default: return nil
      }
    }
  }

  var state = DomainState()
  var events: [Event] = []
  /// Ids of created records, by slot (slots are handed out while scheduling).
  var slots: [String]

  init(slotCount: Int) {
    slots = Array(repeating: "", count: slotCount)
    events.reserveCapacity(slotCount * 4)
  }

  /// The id stored in a slot.
  func id(_ slot: Int) -> String { slots[slot] }

  /// Performs a command and keeps its events; a refusal becomes a build error.
  @discardableResult
  mutating func perform(_ command: Command, by actor: Actor, at time: Timestamp)
    throws(DemoBuildError) -> [Event]
  {
    do {
      let produced = try Domain.perform(command, by: actor, at: time, on: &state)
      events.append(contentsOf: produced)
      return produced
    } catch {
      throw DemoBuildError(command: "\(command)", time: time, refusal: error)
    }
  }

  /// Performs a command and stores the ids of the records of a kind it created, in order,
  /// into consecutive slots from `slot`.
  mutating func perform(
    _ command: Command, by actor: Actor, at time: Timestamp, creating kind: Created,
    into slot: Int
  ) throws(DemoBuildError) {
    let produced = try perform(command, by: actor, at: time)
    var next = slot
    var seen: Set<String> = []
    for event in produced {
      for ref in event.change.affectedRecords {
        guard let id = kind.id(in: ref), seen.insert(id).inserted, next < slots.count else {
          continue
        }
        slots[next] = id
        next += 1
      }
    }
  }
}
