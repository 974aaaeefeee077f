/// What the scan-in system reports when officers scan the enterprise's code (扫码入企).
public struct ScanInReport: Hashable, Sendable {
  public var scannedAt: Timestamp
  public var place: String
  /// At least two officers, each with a law-enforcement certificate number.
  public var officers: [StaffID]
  public var verification: InspectionScanIn.Verification

  public init(
    scannedAt: Timestamp, place: String, officers: [StaffID],
    verification: InspectionScanIn.Verification
  ) {
    self.scannedAt = scannedAt
    self.place = place
    self.officers = officers
    self.verification = verification
  }
}
