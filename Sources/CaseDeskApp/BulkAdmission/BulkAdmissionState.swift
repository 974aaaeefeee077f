import CaseDeskDomain

/// The bulk admission overlay: each marked enterprise with the domain's answer, first as a
/// preview, then (once saved) as a summary of who was admitted and who was refused.
public struct BulkAdmissionState: Equatable, Sendable {
  /// Where the bulk admission is.
  public enum Phase: Equatable, Sendable {
    /// Shows what would happen; Enter admits the admissible ones.
    case preview
    /// The admission was sent and its answer is awaited.
    case saving
    /// The admission was saved; shows who was admitted and who was refused.
    case summary
  }

  /// One marked enterprise.
  public struct Item: Equatable, Sendable {
    public var request: AdmissionRequest
    public var name: String
    /// Why the domain refuses it, or nil when it is admitted (or proposed).
    public var refusal: LocalizedText?

    public init(request: AdmissionRequest, name: String, refusal: LocalizedText?) {
      self.request = request
      self.name = name
      self.refusal = refusal
    }

    public var enterprise: EnterpriseID { request.enterprise }
    public var isAdmissible: Bool { refusal == nil }
  }

  public var items: [Item]
  public var phase: Phase
  /// Whether an admission is a proposal awaiting approval (the bureau's setting).
  public var proposes: Bool
  /// Why the store refused the last save, while the preview shows again.
  public var problem: String?
  /// The first line shown.
  public var scrollOffset: Int

  /// A preview of the items, scrolled to the top.
  public init(items: [Item], proposes: Bool) {
    self.items = items
    self.phase = .preview
    self.proposes = proposes
    self.problem = nil
    self.scrollOffset = 0
  }

  /// The items the domain admits.
  public var admissible: [Item] { items.filter(\.isAdmissible) }
  /// The items the domain refuses.
  public var refused: [Item] { items.filter { !$0.isAdmissible } }
}
