import CaseDeskDomain

/// JSON encoding of an inspection plan's approval: `{"approvalFormNumber","noticeNumber","stamp"}`.
extension InspectionApproval {
  /// Writes the approval as one JSON object.
  func write(to writer: inout JSONWriter) {
    writer.object { w in
      w.field("approvalFormNumber", approvalFormNumber)
      w.field("noticeNumber", noticeNumber)
      w.field("stamp", stamp)
    }
  }

  /// Reads an approval written by `write(to:)`; unknown keys are skipped.
  static func read(from reader: inout JSONReader) throws(CodecError) -> InspectionApproval {
    var approvalFormNumber: String?
    var noticeNumber: String?
    var stamp: ActionStamp?
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "approvalFormNumber": approvalFormNumber = try r.readString()
      case "noticeNumber": noticeNumber = try r.readString()
      case "stamp": stamp = try r.readStamp()
      default: try r.skipValue()
      }
    }
    return InspectionApproval(
      approvalFormNumber: try reader.required(approvalFormNumber, "approvalFormNumber"),
      noticeNumber: try reader.required(noticeNumber, "noticeNumber"),
      stamp: try reader.required(stamp, "stamp"))
  }
}
