import CaseDeskDomain

/// The cells of one import row by column, without a dictionary per row.
struct ImportCells {
  private var values: [String?]

  init(row: CSVRow, mapping: [(index: Int, column: ExchangeColumn)]) {
    values = [String?](repeating: nil, count: 17)
    for (index, column) in mapping { values[column.ordinal] = row[index] }
  }

  /// The cell of a column, nil when the file has no such column.
  subscript(column: ExchangeColumn) -> String? { values[column.ordinal] }
}
