extension Enterprise {
  /// One editable field with its value; an edit is a list of these, so the history shows what
  /// changed.
  public enum Field: Hashable, Sendable {
    case name(String)
    case shortName(String)
    case district(String)
    case industry(String)
    case ownership(String)
    case tier(Tier)
    case keyDischargeUnit(Bool)
    case monitoring(Monitoring?)
    case address(String)
    case legalRepresentative(String)
    case contactPerson(String)
    case contactPhone(String)
    case notes(String)
    case permitsComplete(Bool?)
    case facilitiesRunning(Bool?)
    case executionReportsFiled(Bool?)
    case facilityCategory(FacilityCategory?)
    case emergencies([Day])

    /// The field's stable name (what validation problems and the history name).
    public var key: String {
      switch self {
      case .name: return "name"
      case .shortName: return "shortName"
      case .district: return "district"
      case .industry: return "industry"
      case .ownership: return "ownership"
      case .tier: return "tier"
      case .keyDischargeUnit: return "isKeyDischargeUnit"
      case .monitoring: return "monitoring"
      case .address: return "address"
      case .legalRepresentative: return "legalRepresentative"
      case .contactPerson: return "contactPerson"
      case .contactPhone: return "contactPhone"
      case .notes: return "notes"
      case .permitsComplete: return "permit.permitsComplete"
      case .facilitiesRunning: return "permit.facilitiesRunning"
      case .executionReportsFiled: return "permit.executionReportsFiled"
      case .facilityCategory: return "permit.category"
      case .emergencies: return "permit.emergencies"
      }
    }

    /// The field's label in both languages.
    public var label: LocalizedText {
      switch self {
      case .name: return LocalizedText(zh: "名称", en: "name")
      case .shortName: return LocalizedText(zh: "简称", en: "short name")
      case .district: return LocalizedText(zh: "区县", en: "district")
      case .industry: return LocalizedText(zh: "行业", en: "industry")
      case .ownership: return LocalizedText(zh: "所有制", en: "ownership")
      case .tier: return LocalizedText(zh: "监管类别", en: "tier")
      case .keyDischargeUnit: return LocalizedText(zh: "重点排污单位", en: "key discharge unit")
      case .monitoring: return LocalizedText(zh: "自动监控", en: "automatic monitoring")
      case .address: return LocalizedText(zh: "地址", en: "address")
      case .legalRepresentative: return LocalizedText(zh: "法定代表人", en: "legal representative")
      case .contactPerson: return LocalizedText(zh: "联系人", en: "contact person")
      case .contactPhone: return LocalizedText(zh: "联系电话", en: "contact phone")
      case .notes: return LocalizedText(zh: "备注", en: "notes")
      case .permitsComplete: return LocalizedText(zh: "许可手续齐全", en: "permits complete")
      case .facilitiesRunning: return LocalizedText(zh: "治污设施正常运行", en: "facilities running")
      case .executionReportsFiled:
        return LocalizedText(zh: "按时提交执行报告", en: "execution reports filed")
      case .facilityCategory: return LocalizedText(zh: "设施类别", en: "facility category")
      case .emergencies: return LocalizedText(zh: "突发环境事件", en: "environmental emergencies")
      }
    }
  }

  /// The current value of the same field as `field`.
  public func current(_ field: Field) -> Field {
    switch field {
    case .name: return .name(name)
    case .shortName: return .shortName(shortName)
    case .district: return .district(district)
    case .industry: return .industry(industry)
    case .ownership: return .ownership(ownership)
    case .tier: return .tier(tier)
    case .keyDischargeUnit: return .keyDischargeUnit(isKeyDischargeUnit)
    case .monitoring: return .monitoring(monitoring)
    case .address: return .address(address)
    case .legalRepresentative: return .legalRepresentative(legalRepresentative)
    case .contactPerson: return .contactPerson(contactPerson)
    case .contactPhone: return .contactPhone(contactPhone)
    case .notes: return .notes(notes)
    case .permitsComplete: return .permitsComplete(permit.permitsComplete)
    case .facilitiesRunning: return .facilitiesRunning(permit.facilitiesRunning)
    case .executionReportsFiled: return .executionReportsFiled(permit.executionReportsFiled)
    case .facilityCategory: return .facilityCategory(permit.category)
    case .emergencies: return .emergencies(permit.emergencies)
    }
  }

  /// Sets one field.
  public mutating func set(_ field: Field) {
    switch field {
    case .name(let value): name = value
    case .shortName(let value): shortName = value
    case .district(let value): district = value
    case .industry(let value): industry = value
    case .ownership(let value): ownership = value
    case .tier(let value): tier = value
    case .keyDischargeUnit(let value): isKeyDischargeUnit = value
    case .monitoring(let value): monitoring = value
    case .address(let value): address = value
    case .legalRepresentative(let value): legalRepresentative = value
    case .contactPerson(let value): contactPerson = value
    case .contactPhone(let value): contactPhone = value
    case .notes(let value): notes = value
    case .permitsComplete(let value): permit.permitsComplete = value
    case .facilitiesRunning(let value): permit.facilitiesRunning = value
    case .executionReportsFiled(let value): permit.executionReportsFiled = value
    case .facilityCategory(let value): permit.category = value
    case .emergencies(let value): permit.emergencies = value
    }
  }
}
