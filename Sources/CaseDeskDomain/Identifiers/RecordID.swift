/// The identifier of a record of one kind; the kind is part of the type, so an inspection's id
/// can never be passed where a case's is expected.
public struct RecordID<Record>: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let raw: String

  public init(_ raw: String) { self.raw = raw }
  public init(stringLiteral value: String) { self.raw = value }

  public var description: String { raw }

  public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.raw < rhs.raw }
}

/// An enterprise is identified by its unified social credit code.
public typealias EnterpriseID = RecordID<Enterprise>
public typealias StaffID = RecordID<StaffMember>
public typealias SupervisorID = RecordID<SocialSupervisor>
public typealias InspectionID = RecordID<Inspection>
public typealias ClueID = RecordID<Clue>
public typealias CaseID = RecordID<EnforcementCase>
public typealias ReferralID = RecordID<Referral>
public typealias ServiceRequestID = RecordID<ServiceRequest>
public typealias FollowUpVisitID = RecordID<FollowUpVisit>
public typealias RectificationTaskID = RecordID<RectificationTask>
