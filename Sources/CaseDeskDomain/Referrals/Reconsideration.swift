/// A reconsideration request (提请复议) after a refusal, and its answer.
public struct Reconsideration: Hashable, Sendable {
  public var grounds: String
  public var requested: ActionStamp
  public var answer: ReconsiderationAnswer?
  public var answered: ActionStamp?

  public init(
    grounds: String, requested: ActionStamp, answer: ReconsiderationAnswer? = nil,
    answered: ActionStamp? = nil
  ) {
    self.grounds = grounds
    self.requested = requested
    self.answer = answer
    self.answered = answered
  }
}
