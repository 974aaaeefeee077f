import CaseDeskDomain

/// Journal encoding of `UndoChange` (type names after `undo.`).
enum UndoChangeCodec {
  /// Writes the change's fields and returns its type name.
  static func encode(_ change: UndoChange, into writer: inout JSONWriter) -> String {
    switch change {
    case .recordsRestored(let snapshots, let undone):
      writer.object { w in
        w.field("records", array: snapshots) { element, snapshot in snapshot.write(to: &element) }
        w.field("undone", array: undone) { element, text in element.value(text) }
      }
      return "recordsRestored"
    }
  }

  /// Reads a change of the given type name.
  static func decode(_ type: Substring, from reader: inout JSONReader) throws(CodecError)
    -> UndoChange
  {
    guard type == "recordsRestored" else {
      throw reader.error("unknown undo change type \(type)")
    }
    var snapshots: [RecordSnapshot]?
    var undone: [LocalizedText] = []
    try reader.readObject { (r: inout JSONReader, key: String) throws(CodecError) in
      switch key {
      case "records":
        snapshots = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try RecordSnapshot.read(from: &e)
        })
      case "undone":
        undone = try r.readArray(of: { (e: inout JSONReader) throws(CodecError) in
          try e.readLocalizedText()
        })
      default: try r.skipValue()
      }
    }
    return .recordsRestored(try reader.required(snapshots, "records"), undone: undone)
  }
}
