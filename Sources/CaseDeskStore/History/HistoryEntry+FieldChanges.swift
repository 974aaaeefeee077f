import CaseDeskDomain

extension HistoryEntry {
  /// The field changes an edit carries, old → new; empty for a change that is not an edit.
  static func fieldChanges(of change: Change) -> [FieldChange] {
    switch change {
    case .enterprise(.edited(_, let fields, let previous)):
      return zip(fields, previous).map { new, old in
        FieldChange(label: new.label, old: text(of: old), new: text(of: new))
      }
    case .staff(.memberEdited(let member, let previous)):
      var changes: [FieldChange] = []
      if member.name != previous.name {
        changes.append(
          FieldChange(
            label: LocalizedText(zh: "姓名", en: "name"), old: previous.name, new: member.name))
      }
      if member.isActive != previous.isActive {
        changes.append(
          FieldChange(
            label: LocalizedText(zh: "在岗", en: "active"), old: "\(previous.isActive)",
            new: "\(member.isActive)"))
      }
      return changes
    default:
      return []
    }
  }

  /// A field's value as plain text (language-neutral: codes, numbers and dates).
  static func text(of field: Enterprise.Field) -> String {
    func flag(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "-" }
    switch field {
    case .name(let value), .shortName(let value), .district(let value), .industry(let value),
      .ownership(let value), .address(let value), .legalRepresentative(let value),
      .contactPerson(let value), .contactPhone(let value), .notes(let value):
      return value
    case .tier(let tier): return tier.rawValue
    case .keyDischargeUnit(let value): return flag(value)
    case .monitoring(let value): return value?.rawValue ?? "-"
    case .permitsComplete(let value), .facilitiesRunning(let value),
      .executionReportsFiled(let value):
      return flag(value)
    case .facilityCategory(let value): return value?.rawValue ?? "-"
    case .emergencies(let days): return days.map(\.description).joined(separator: ",")
    }
  }
}
