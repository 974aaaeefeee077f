/// The QR scan-in at the enterprise (扫码入企): when, where, who, and the verification result.
public struct InspectionScanIn: Hashable, Sendable {
  /// An officer at the scan-in with the certificate number shown.
  public struct Officer: Hashable, Sendable {
    public var staff: StaffID
    public var certificateNumber: String

    public init(staff: StaffID, certificateNumber: String) {
      self.staff = staff
      self.certificateNumber = certificateNumber
    }
  }

  /// Whether the enterprise's scan verified the officers' identities and the notice.
  public enum Verification: String, Hashable, Sendable, CaseIterable {
    case verified
    case failed
  }

  /// When the code was scanned (from the scan-in system).
  public var scannedAt: Timestamp
  public var place: String
  public var officers: [Officer]
  public var verification: Verification
  public var stamp: ActionStamp

  public init(
    scannedAt: Timestamp, place: String, officers: [Officer], verification: Verification,
    stamp: ActionStamp
  ) {
    self.scannedAt = scannedAt
    self.place = place
    self.officers = officers
    self.verification = verification
    self.stamp = stamp
  }
}
