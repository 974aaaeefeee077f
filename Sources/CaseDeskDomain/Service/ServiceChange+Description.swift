extension ServiceChange {
  /// The records the change touched (the request or visit; enterprises do not change).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .requestRegistered(let request): return [.serviceRequest(request.id)]
    case .requestAssigned(let id, _, _, _), .requestAnswered(let id, _, _),
      .requestClosed(let id, _, _):
      return [.serviceRequest(id)]
    case .visitRecorded(let visit): return [.followUpVisit(visit.id)]
    case .satisfactionRecorded(let id, _): return [.followUpVisit(id)]
    }
  }

  /// A one-line description for the history view.
  public var summary: LocalizedText {
    switch self {
    case .requestRegistered(let request):
      return LocalizedText(
        zh: "\(request.receivedOn) 收到企业诉求 \(request.id)：\(request.subject)",
        en: "\(request.receivedOn) request \(request.id) received: \(request.subject)")
    case .requestAssigned(let id, let staff, let day, _):
      return LocalizedText(
        zh: "\(day) 诉求 \(id) 分派给 \(staff)", en: "\(day) request \(id) assigned to \(staff)")
    case .requestAnswered(let id, let day, _):
      return LocalizedText(zh: "\(day) 答复诉求 \(id)", en: "\(day) request \(id) answered")
    case .requestClosed(let id, let day, _):
      return LocalizedText(zh: "\(day) 办结诉求 \(id)", en: "\(day) request \(id) closed")
    case .visitRecorded(let visit):
      let kind =
        visit.kind == .followUp
        ? LocalizedText(zh: "回访", en: "follow-up visit")
        : LocalizedText(zh: "领导联系企业", en: "leader's contact")
      return LocalizedText(
        zh: "\(visit.visitedOn) \(kind.zh) \(visit.id)：\(visit.enterprise)",
        en: "\(visit.visitedOn) \(kind.en) \(visit.id): \(visit.enterprise)")
    case .satisfactionRecorded(let id, let satisfaction):
      return LocalizedText(
        zh: "登记满意度 \(id)：\(satisfaction.title.zh)",
        en: "Satisfaction recorded for \(id): \(satisfaction.title.en)")
    }
  }
}
