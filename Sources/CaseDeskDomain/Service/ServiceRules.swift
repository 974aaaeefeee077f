/// The rules of green-channel requests and follow-up visits: who may do what, and how each
/// fact changes the state.
///
/// Clerks (and commissioners, who often take a call themselves) register requests; clerks and
/// approvers assign them; only the assigned commissioner answers; the clerk or the commissioner
/// closes an answered request. Commissioners record their own follow-up visits and approvers
/// (leaders) their own contacts with enterprises.
enum ServiceRules {
  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: ServiceCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let today = time.day(utcOffset: state.settings.utcOffset)
    switch command {
    case .registerRequest(let draft):
      var problems: [ValidationProblem] = []
      let subject = draft.subject.trimmingSpaces
      if subject.isEmpty {
        problems.append(RegisterSupport.required("subject", zh: "诉求事项", en: "The subject"))
      }
      if draft.receivedOn > today {
        problems.append(
          RegisterSupport.future("receivedOn", zh: "收到日期", en: "The day received", today: today))
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.clerk, .commissioner], for: LocalizedText(zh: "登记企业诉求", en: "Register a request"))
      _ = try EnterpriseRules.existing(draft.enterprise, in: state)
      let id = ServiceRequestID(
        state.nextRecordID(prefix: "REQ", at: time))
      let request = ServiceRequest(
        id: id, enterprise: draft.enterprise, subject: subject,
        details: draft.details.trimmingSpaces, receivedOn: draft.receivedOn,
        history: [
          ServiceRequest.Step(
            status: .received, day: draft.receivedOn, actor: actor.actor, time: time)
        ])
      return [.service(.requestRegistered(request))]
    case .assignRequest(let id, let staffID):
      try actor.require(
        [.clerk, .approver], for: LocalizedText(zh: "分派企业诉求", en: "Assign a request"))
      let request = try existingRequest(id, in: state)
      guard request.status == .received || request.status == .assigned else {
        throw Refusal.rule(
          zh: "诉求已答复或办结，不能再分派", en: "An answered or closed request cannot be reassigned")
      }
      try EnterpriseRules.checkCommissioner(staffID, in: state)
      guard request.commissioner != staffID else {
        throw Refusal.rule(
          zh: "诉求已由 \(staffID.raw) 办理", en: "\(staffID.raw) already handles this request")
      }
      return [
        .service(.requestAssigned(id, staffID, on: today, previous: request.commissioner))
      ]
    case .answerRequest(let id, let day, let answer):
      let text = answer.trimmingSpaces
      var problems: [ValidationProblem] = []
      if text.isEmpty {
        problems.append(RegisterSupport.required("answer", zh: "答复内容", en: "The answer"))
      }
      if day > today {
        problems.append(
          RegisterSupport.future("answeredOn", zh: "答复日期", en: "The day answered", today: today))
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.commissioner], for: LocalizedText(zh: "答复企业诉求", en: "Answer a request"))
      let request = try existingRequest(id, in: state)
      guard request.status == .assigned, let commissioner = request.commissioner else {
        throw Refusal.rule(
          zh: "只有已分派、未答复的诉求可以答复", en: "Only an assigned, unanswered request can be answered")
      }
      if let own = actor.staffID, own != commissioner {
        throw Refusal.rule(
          zh: "只有承办的服务专员 \(commissioner.raw) 可以答复",
          en: "Only the assigned commissioner \(commissioner.raw) may answer")
      }
      guard day >= request.receivedOn else {
        throw Refusal.invalid([
          ValidationProblem(
            field: "answeredOn", zh: "答复日期不能早于收到日期 \(request.receivedOn)",
            en: "The answer cannot precede the day received (\(request.receivedOn))")
        ])
      }
      return [.service(.requestAnswered(id, on: day, answer: text))]
    case .closeRequest(let id, let day, let note):
      if day > today {
        throw Refusal.invalid([
          RegisterSupport.future("closedOn", zh: "办结日期", en: "The day closed", today: today)
        ])
      }
      try actor.require(
        [.clerk, .commissioner], for: LocalizedText(zh: "办结企业诉求", en: "Close a request"))
      let request = try existingRequest(id, in: state)
      guard request.status == .answered, let answeredOn = request.answeredOn else {
        throw Refusal.rule(
          zh: "诉求答复后才能办结", en: "A request can be closed only after it is answered")
      }
      if !actor.roles.contains(.clerk), let own = actor.staffID, own != request.commissioner {
        throw Refusal.rule(
          zh: "服务专员只能办结自己承办的诉求",
          en: "A commissioner may close only the requests they handle")
      }
      guard day >= answeredOn else {
        throw Refusal.invalid([
          ValidationProblem(
            field: "closedOn", zh: "办结日期不能早于答复日期 \(answeredOn)",
            en: "The request cannot close before it was answered (\(answeredOn))")
        ])
      }
      return [.service(.requestClosed(id, on: day, note: note.trimmingSpaces))]
    case .recordVisit(let draft):
      return try recordVisit(draft, by: actor, at: time, today: today, in: state)
    case .recordSatisfaction(let id, let satisfaction):
      try actor.require(
        [.clerk, .commissioner, .approver],
        for: LocalizedText(zh: "登记满意度", en: "Record satisfaction"))
      guard let visit = state.followUpVisits[id] else {
        throw Refusal.notFound(LocalizedText(zh: "回访", en: "visit"), id.raw)
      }
      if !actor.roles.contains(.clerk), let own = actor.staffID, own != visit.visitor {
        throw Refusal.rule(
          zh: "只有走访人或登记员可以登记满意度",
          en: "Only the visitor or a clerk may record the satisfaction")
      }
      guard visit.satisfaction == nil else {
        throw Refusal.rule(
          zh: "该次走访已登记满意度", en: "This visit's satisfaction is already recorded")
      }
      return [.service(.satisfactionRecorded(id, satisfaction))]
    }
  }

  private static func recordVisit(
    _ draft: FollowUpVisitDraft, by actor: ActorContext, at time: Timestamp, today: Day,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    var problems: [ValidationProblem] = []
    let summary = draft.summary.trimmingSpaces
    if summary.isEmpty {
      problems.append(RegisterSupport.required("summary", zh: "走访情况", en: "The summary"))
    }
    if draft.visitedOn > today {
      problems.append(
        RegisterSupport.future("visitedOn", zh: "走访日期", en: "The visit day", today: today))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    let role: StaffRole = draft.kind == .followUp ? .commissioner : .approver
    let action =
      draft.kind == .followUp
      ? LocalizedText(zh: "登记回访", en: "Record a follow-up visit")
      : LocalizedText(zh: "登记领导联系企业", en: "Record a leader's contact")
    try actor.require([role], for: action)
    if let own = actor.staffID, own != draft.visitor {
      throw Refusal.rule(
        zh: "只能登记自己的走访", en: "You may record only your own visits")
    }
    _ = try EnterpriseRules.existing(draft.enterprise, in: state)
    let visitor = try StaffRules.existing(draft.visitor, in: state)
    guard visitor.isActive, visitor.roles.contains(role) else {
      throw Refusal.rule(
        zh: "走访人 \(visitor.name) 不是启用的\(role.title.zh)",
        en: "The visitor \(visitor.name) is not an active \(role.title.en)")
    }
    if let requestID = draft.request {
      let request = try existingRequest(requestID, in: state)
      guard request.enterprise == draft.enterprise else {
        throw Refusal.rule(
          zh: "所回访的诉求不属于该企业", en: "The request followed up belongs to another enterprise")
      }
    }
    let id = FollowUpVisitID(
      state.nextRecordID(prefix: "VIS", at: time))
    let visit = FollowUpVisit(
      id: id, enterprise: draft.enterprise, kind: draft.kind, visitedOn: draft.visitedOn,
      visitor: draft.visitor, summary: summary, satisfaction: draft.satisfaction,
      request: draft.request, recordedBy: actor.actor, recordedAt: time)
    return [.service(.visitRecorded(visit))]
  }

  /// Applies one change of this area.
  static func apply(_ change: ServiceChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .requestRegistered(let request):
      guard state.serviceRequests[request.id] == nil else {
        throw Inconsistency("request \(request.id) already exists")
      }
      guard state.enterprises[request.enterprise] != nil else {
        throw Inconsistency("no enterprise \(request.enterprise)")
      }
      state.serviceRequests[request.id] = request
    case .requestAssigned(let id, let staffID, let on, let previous):
      var request = try found(id, in: state)
      guard request.status == .received || request.status == .assigned,
        request.commissioner == previous, previous != staffID
      else { throw Inconsistency("request \(id) cannot be assigned in its state") }
      request.status = .assigned
      request.commissioner = staffID
      request.history.append(
        ServiceRequest.Step(
          status: .assigned, day: on, actor: event.actor, time: event.time,
          commissioner: staffID))
      state.serviceRequests[id] = request
    case .requestAnswered(let id, let on, let answer):
      var request = try found(id, in: state)
      guard request.status == .assigned else {
        throw Inconsistency("request \(id) is not assigned")
      }
      request.status = .answered
      request.answer = answer
      request.answeredOn = on
      request.history.append(
        ServiceRequest.Step(
          status: .answered, day: on, actor: event.actor, time: event.time, note: answer))
      state.serviceRequests[id] = request
    case .requestClosed(let id, let on, let note):
      var request = try found(id, in: state)
      guard request.status == .answered else {
        throw Inconsistency("request \(id) is not answered")
      }
      request.status = .closed
      request.closedOn = on
      request.history.append(
        ServiceRequest.Step(
          status: .closed, day: on, actor: event.actor, time: event.time, note: note))
      state.serviceRequests[id] = request
    case .visitRecorded(let visit):
      guard state.followUpVisits[visit.id] == nil else {
        throw Inconsistency("visit \(visit.id) already exists")
      }
      guard state.enterprises[visit.enterprise] != nil else {
        throw Inconsistency("no enterprise \(visit.enterprise)")
      }
      state.followUpVisits[visit.id] = visit
    case .satisfactionRecorded(let id, let satisfaction):
      guard var visit = state.followUpVisits[id], visit.satisfaction == nil else {
        throw Inconsistency("visit \(id) is missing or already rated")
      }
      visit.satisfaction = satisfaction
      state.followUpVisits[id] = visit
    }
  }

  /// The request with an id, or a not-found refusal.
  static func existingRequest(_ id: ServiceRequestID, in state: DomainState) throws(Refusal)
    -> ServiceRequest
  {
    guard let request = state.serviceRequests[id] else {
      throw Refusal.notFound(LocalizedText(zh: "企业诉求", en: "request"), id.raw)
    }
    return request
  }

  private static func found(_ id: ServiceRequestID, in state: DomainState) throws(Inconsistency)
    -> ServiceRequest
  {
    guard let request = state.serviceRequests[id] else {
      throw Inconsistency("no request \(id)")
    }
    return request
  }
}
