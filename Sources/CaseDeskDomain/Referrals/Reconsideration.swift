/// A reconsideration request (提请复议) after a refusal, and its answer.
public struct Reconsideration: Hashable, Sendable {
  public var grounds: String
  public var requested: StepStamp
  public var answer: ReconsiderationAnswer?
  public var answered: StepStamp?

  public init(
    grounds: String, requested: StepStamp, answer: ReconsiderationAnswer? = nil,
    answered: StepStamp? = nil
  ) {
    self.grounds = grounds
    self.requested = requested
    self.answer = answer
    self.answered = answered
  }
}
