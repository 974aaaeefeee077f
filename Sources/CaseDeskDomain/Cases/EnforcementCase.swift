/// A penalty case (普通程序) through its legal stages.
public struct EnforcementCase: Equatable, Sendable {
  public var id: CaseID

  public init(id: CaseID) { self.id = id }
}
