import CaseDeskDomain
import CaseDeskStore

/// The status card as JSON for programs: stable English keys, ISO dates, codes for every choice.
///
/// Keys: `uscc`, `name`, `shortName`, `district`, `tier`, `keyDischargeUnit`, `positiveList`
/// (`status`, `listedSince`, `nextReview`), `commissioner` (`id`, `name`), `openCases`,
/// `referrals`, `lastInspection`, `openClues`, `openRequests`, `visits`, `visitSatisfaction`,
/// `pendingHealthCheckForms`, `rectificationTasks`. A missing value is left out; an empty
/// section is an empty array. Deadlines carry `rule`, `due` (a day, a UTC time or `paused`),
/// `unit`, `daysLeft`, `hoursLeft`, `overdue` and `dueSoon`.
public enum StatusCardJSON {
  /// The card as one JSON object (UTF-8 text, no trailing line feed).
  public static func encode(_ card: EnterpriseStatusCard, in domain: DomainState) -> String {
    var json = JSONWriter()
    let enterprise = card.enterprise
    let offset = domain.settings.utcOffset
    json.object { json in
      json.field("uscc", enterprise.uscc)
      json.field("name", enterprise.name)
      json.field("shortName", enterprise.shortName)
      json.field("district", enterprise.district)
      json.field("tier", enterprise.tier)
      json.field("keyDischargeUnit", enterprise.isKeyDischargeUnit)
      json.field("positiveList") { json in
        json.field("status", card.positiveList)
        json.field("listedSince", card.listedSince)
        json.field("nextReview", card.nextReview)
      }
      if let staff = card.commissioner {
        json.field("commissioner") { json in
          json.field("id", staff.id)
          json.field("name", staff.name)
        }
      }
      json.field("openCases", array: card.openCases) { json, line in
        json.object { json in
          json.field("id", line.id)
          json.field("number", line.number?.description)
          json.field("violation", line.violation)
          json.field("stage", line.stage)
          deadline(line.deadline, in: domain, into: &json)
        }
      }
      json.field("referrals", array: card.referrals) { json, line in
        json.object { json in
          json.field("id", line.id)
          json.field("kind", line.kind)
          json.field("stage", line.stage)
          deadline(line.deadline, in: domain, into: &json)
        }
      }
      if let inspection = card.lastInspection {
        json.field("lastInspection") { json in
          json.field("id", inspection.id)
          json.field("plannedOn", inspection.plannedOn)
          json.field("kind", inspection.kind)
          json.field("outcome", inspection.result?.outcome)
          json.field("resultOn", inspection.result?.stamp.time.day(utcOffset: offset))
        }
      }
      json.field("openClues", array: card.openClues) { json, clue in
        json.object { json in
          json.field("id", clue.id)
          json.field("source", clue.source)
          json.field("receivedOn", clue.receivedAt.day(utcOffset: offset))
          json.field("facts", clue.facts)
        }
      }
      json.field("openRequests", array: card.openRequests) { json, request in
        json.object { json in
          json.field("id", request.id)
          json.field("receivedOn", request.receivedOn)
          json.field("subject", request.subject)
          json.field("status", request.status)
        }
      }
      json.field("visits", array: card.visits) { json, visit in
        json.object { json in
          json.field("id", visit.id)
          json.field("kind", visit.kind)
          json.field("visitedOn", visit.visitedOn)
          json.field("summary", visit.summary)
          json.field("satisfaction", visit.satisfaction)
        }
      }
      json.field("visitSatisfaction", card.visitSatisfaction)
      json.field("pendingHealthCheckForms", array: card.pendingHealthCheckForms) { json, item in
        json.object { json in
          json.field("inspection", item.id)
          json.field("plannedOn", item.plannedOn)
        }
      }
      json.field("rectificationTasks", array: card.rectificationTasks) { json, task in
        json.object { json in
          json.field("id", task.id)
          json.field("title", task.title)
          json.field("status", task.status)
          json.field("deadline", task.deadline)
        }
      }
    }
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// Writes the deadline fields of a line (nothing when it has none).
  private static func deadline(
    _ item: DeadlineItem?, in domain: DomainState, into json: inout JSONWriter
  ) {
    guard let item else { return }
    let rule = item.deadline.rule
    let unit = (domain.settings.clocks[rule] ?? ClockTable.standard[rule])?.unit ?? .calendarDays
    json.field("deadline") { json in
      json.field("rule", rule.raw)
      json.field("title", item.deadline.title.en)
      switch item.deadline.due {
      case .endOfDay(let day): json.field("due", day.description)
      case .instant(let time): json.field("due", time.description)
      case .paused: json.field("due", "paused")
      }
      json.field("unit", unit)
      json.field("daysLeft", item.status.daysLeft)
      json.field("hoursLeft", item.status.hoursLeft)
      json.field("overdue", item.status.isOverdue)
      json.field("dueSoon", item.status.isDueSoon)
    }
  }
}
