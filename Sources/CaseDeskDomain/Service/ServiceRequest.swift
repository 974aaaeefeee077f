/// An enterprise's request on the green channel (绿色通道): received, assigned to a
/// commissioner, answered, closed.
public struct ServiceRequest: Hashable, Sendable, Identifiable {
  /// Where a request stands.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    /// Registered, nobody assigned yet.
    case received
    /// A commissioner handles it.
    case assigned
    /// The commissioner has answered the enterprise.
    case answered
    /// Done.
    case closed
  }

  /// One step of the request's timeline.
  public struct Step: Hashable, Sendable {
    /// The status the step led to.
    public var status: Status
    /// The day it happened (the day received, answered, closed; the day assigned).
    public var day: Day
    public var actor: Actor
    public var time: Timestamp
    /// The commissioner assigned (for an assignment step).
    public var commissioner: StaffID?
    public var note: String

    public init(
      status: Status, day: Day, actor: Actor, time: Timestamp, commissioner: StaffID? = nil,
      note: String = ""
    ) {
      self.status = status
      self.day = day
      self.actor = actor
      self.time = time
      self.commissioner = commissioner
      self.note = note
    }
  }

  public var id: ServiceRequestID
  public var enterprise: EnterpriseID
  public var subject: String
  public var details: String
  public var receivedOn: Day
  public var status: Status
  /// The commissioner handling it now.
  public var commissioner: StaffID?
  public var answer: String?
  public var answeredOn: Day?
  public var closedOn: Day?
  /// Every step, oldest first.
  public var history: [Step]

  public init(
    id: ServiceRequestID, enterprise: EnterpriseID, subject: String, details: String,
    receivedOn: Day, status: Status = .received, commissioner: StaffID? = nil,
    answer: String? = nil, answeredOn: Day? = nil, closedOn: Day? = nil, history: [Step] = []
  ) {
    self.id = id
    self.enterprise = enterprise
    self.subject = subject
    self.details = details
    self.receivedOn = receivedOn
    self.status = status
    self.commissioner = commissioner
    self.answer = answer
    self.answeredOn = answeredOn
    self.closedOn = closedOn
    self.history = history
  }

  /// Whether the request still waits on someone.
  public var isOpen: Bool { status != .closed }
}
