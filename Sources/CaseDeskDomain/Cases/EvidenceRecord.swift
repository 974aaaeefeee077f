/// One investigation record: its kind, document number, the day it was made, and a summary.
public struct EvidenceRecord: Hashable, Sendable {
  public var kind: EvidenceKind
  public var documentNumber: String
  public var madeOn: Day
  public var summary: String

  public init(kind: EvidenceKind, documentNumber: String, madeOn: Day, summary: String) {
    self.kind = kind
    self.documentNumber = documentNumber
    self.madeOn = madeOn
    self.summary = summary
  }
}
