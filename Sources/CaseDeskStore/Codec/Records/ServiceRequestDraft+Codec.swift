import CaseDeskDomain

/// The JSON form of a green-channel request form as filled in (a saved draft).
///
/// `{"enterprise","receivedOn","subject","details"}`.
extension ServiceRequestDraft {
  /// Writes the draft as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("enterprise", enterprise)
      w.field("receivedOn", receivedOn)
      w.field("subject", subject)
      w.field("details", details)
    }
  }

  /// Reads a draft written by `write(to:)`; a missing `details` is empty.
  static func read(from reader: inout JSONReader) throws(CodecError) -> ServiceRequestDraft {
    var enterprise: EnterpriseID?
    var receivedOn: Day?
    var subject: String?
    var details = ""
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "enterprise": enterprise = try r.readID()
      case "receivedOn": receivedOn = try r.readDay()
      case "subject": subject = try r.readString()
      case "details": details = try r.readString()
      default: try r.skipValue()
      }
    }
    return ServiceRequestDraft(
      enterprise: try reader.required(enterprise, "enterprise"),
      receivedOn: try reader.required(receivedOn, "receivedOn"),
      subject: try reader.required(subject, "subject"), details: details)
  }
}
