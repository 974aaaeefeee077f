import CaseDeskDomain
import TerminalUI

/// Pane 2: the positive list, with its tabs, review-needed queue, table and detail.
///
/// A row of tabs with their counts, the review-needed queue, then the entries as a table with
/// the selected entry's detail (or the list's size month by month) beside or below it.
enum PositiveListPaneView {
  /// Where each part of the pane goes.
  struct Areas: Equatable {
    var tabs: Rect
    var queue: Rect?
    var list: Rect
    var detail: Rect?
  }

  /// The rows the review-needed queue may take at a pane height (header included).
  static func queueRows(_ state: AppState, paneHeight: Int) -> Int {
    let count = state.positiveList.reviewQueue.count
    guard count > 0 else { return 0 }
    if paneHeight >= 20 { return 1 + min(count, 3) }
    return paneHeight >= 12 ? 1 : 0
  }

  /// The pane's parts for a pane area.
  static func areas(_ state: AppState, in pane: Rect) -> Areas {
    let tabs = Rect(x: pane.x, y: pane.y, width: pane.width, height: min(1, pane.height))
    let queueHeight = queueRows(state, paneHeight: pane.height)
    let queue =
      queueHeight > 0
      ? Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: queueHeight) : nil
    let parts = ListPaneLayout.areas(pane, topRows: 1 + queueHeight, screen: state.size)
    return Areas(tabs: tabs, queue: queue, list: parts.list, detail: parts.detail)
  }

  /// The columns shown for a screen width, most important first.
  static func columnIDs(forWidth screenWidth: Int) -> [String] {
    PositiveListColumn.defaultIDs(
      forListWidth: ListPaneLayout.listInnerWidth(forScreenWidth: screenWidth))
  }

  /// The columns shown now: the operator's choice, else the defaults for the width.
  static func shownColumnIDs(for state: AppState) -> [String] {
    state.positiveList.list.chosenColumns ?? columnIDs(forWidth: state.size.width)
  }

  /// How many rows of records the table shows in the current layout.
  static func visibleRowCount(for state: AppState) -> Int {
    let list = areas(state, in: AppView.paneArea(for: state.size)).list
    return ListBoxView.visibleRowCount(in: list, list: state.positiveList.list)
  }

  /// Draws the pane.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let pane = state.positiveList
    let parts = areas(state, in: area)
    renderTabs(state, into: &buffer, area: parts.tabs)
    if let queue = parts.queue { renderQueue(state, into: &buffer, area: queue) }
    if pane.isDetailOpen, let row = pane.selected {
      let rest = ListPaneLayout.openedDetail(in: area, listTop: parts.list.y)
      PositiveListDetailView.render(row, state: state, into: &buffer, area: rest)
      return
    }
    if pane.showsChart, parts.detail == nil {
      renderChart(state, into: &buffer, area: parts.list)
      return
    }
    renderList(state, into: &buffer, area: parts.list)
    if let detail = parts.detail {
      if pane.showsChart {
        renderChart(state, into: &buffer, area: detail)
      } else if let row = pane.selected {
        PositiveListDetailView.render(row, state: state, into: &buffer, area: detail)
      } else {
        Box.draw(in: &buffer, detail, title: strings[.detailTitle])
      }
    }
  }

  /// The tab row: each standing with its count, the current one bracketed.
  static func renderTabs(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    buffer.fill(area, role: .tab)
    let strings = state.strings
    var x = area.x
    for tab in PositiveListTab.allCases {
      let label = strings[tab.titleKey] + " " + String(state.positiveList.count(of: tab))
      let isCurrent = tab == state.positiveList.tab
      let text = isCurrent ? "[" + label + "]" : " " + label + " "
      guard x < area.maxX else { break }
      x += buffer.write(
        text, x: x, y: area.y, role: isCurrent ? .tabActive : .tab, maxWidth: area.maxX - x)
    }
  }

  /// The review-needed queue: a header with the count, then one line per entry that fits,
  /// the selected entry's marked.
  static func renderQueue(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let items = state.positiveList.reviewQueue
    let names = Dictionary(
      state.positiveList.allRows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let shown = max(0, area.height - 1)
    var header = "⚠ " + strings.format(.positiveQueueTitle, "\(items.count)")
    if shown == 0, let first = items.first {
      header += " · " + (names[first.enterprise] ?? first.enterprise.raw)
    } else if items.count > shown {
      header += " · " + strings.format(.positiveQueueMore, "\(items.count - shown)")
    }
    buffer.write(header, x: area.x + 1, y: area.y, role: .clockOverdue, maxWidth: area.width - 2)
    // The selected entry's line is marked, and shown in place of the last line when it
    // would not fit otherwise.
    let selected = state.positiveList.selected?.id
    var lines = Array(items.prefix(shown))
    if shown > 0, let selected, !lines.contains(where: { $0.enterprise == selected }),
      let item = items.first(where: { $0.enterprise == selected })
    {
      lines[shown - 1] = item
    }
    for (index, item) in lines.enumerated() {
      let isSelected = item.enterprise == selected
      let text =
        (isSelected ? "▸ " : "  ") + (names[item.enterprise] ?? item.enterprise.raw) + " — "
        + item.triggerSummary(in: state.domain, strings: strings)
      buffer.write(
        text, x: area.x + 1, y: area.y + 1 + index, role: .normal,
        maxWidth: area.width - 2)
    }
  }

  /// The table of the tab's entries in a box titled with the counts.
  static func renderList(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let pane = state.positiveList
    let columns = shownColumnIDs(for: state).map {
      PositiveListColumn.tableColumn($0, strings: strings)
    }
    ListBoxView.render(
      pane.list, title: strings[.panePositiveList], columns: columns,
      emptyText: strings[.positiveTabEmpty], strings: strings, isFocused: state.overlay == nil,
      into: &buffer, area: area
    ) { index in
      guard let row = pane.record(atRow: index) else { return TableRow(id: "", cells: []) }
      return TableRow(
        id: row.id.raw,
        cells: columns.map { PositiveListColumn.text(row, column: $0.id, strings: strings) },
        cellRoles: columns.map { PositiveListColumn.role(row, column: $0.id) })
    }
  }

  /// The list's size at the end of each month of the year so far (the current month as of
  /// today), with the size at the start of the year.
  ///
  /// Tall areas get a bar per row; short ones (the stacked detail at 80×24, the whole list
  /// area at 40×12) get a column per month with its value and month under it.
  static func renderChart(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let pane = state.positiveList
    let inner = Box.draw(
      in: &buffer, area, title: strings.format(.positiveChartTitle, "\(pane.chartYear)"))
    guard !inner.isEmpty else { return }
    let start =
      Day(year: pane.chartYear - 1, month: 12, day: 31).map {
        PositiveListQueries.size(on: $0, in: state.domain)
      } ?? 0
    let sizes = pane.monthlySizes
    let summary = strings.format(.positiveChartFromTo, "\(start)", "\(sizes.last ?? start)")
    buffer.write(summary, x: inner.x, y: inner.y, role: .chartLabel, maxWidth: inner.width)
    let body = Rect(
      x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
    // Bars start from a baseline below the smallest size, so that growth shows.
    let all = sizes + [start]
    let low = all.min() ?? 0
    let high = all.max() ?? 0
    let base = max(0, low - max(1, (high - low) / 2))
    let months = sizes.enumerated().map {
      (label: strings.format(.positiveChartMonth, "\($0.offset + 1)"), value: $0.element)
    }
    let items = [(label: strings[.positiveChartStart], value: start)] + months
    if body.height >= items.count {
      BarChart.render(
        into: &buffer, area: body,
        items: items.map { (label: $0.label, value: Double($0.value - base)) },
        maxValue: Double(high - base), valueText: { BarChart.wholeNumber($0 + Double(base)) })
    } else {
      renderColumns(items: items, base: base, high: high, into: &buffer, area: body)
    }
  }

  /// A column per month (and the year's start when there is room): bars, values, months.
  static func renderColumns(
    items: [(label: String, value: Int)], base: Int, high: Int, into buffer: inout Buffer,
    area: Rect
  ) {
    guard area.height >= 1, items.count > 1 else { return }
    let valueWidth = items.map { String($0.value).count }.max() ?? 1
    var shown = items
    var columnWidth = area.width / max(1, shown.count)
    let startFits =
      columnWidth - 1 >= max(valueWidth, DisplayWidth.columns(items.first?.label ?? ""))
    if !startFits {
      shown = Array(items.dropFirst())
      columnWidth = min(8, area.width / shown.count)
      if columnWidth < valueWidth + 1 {
        columnWidth = valueWidth + 1
        shown = Array(shown.suffix(max(1, area.width / columnWidth)))
      }
    }
    columnWidth = min(columnWidth, 8)
    let barWidth = max(1, columnWidth - 1)
    // From the bottom: the month row, the value row, then the bars above them.
    let labelY = area.maxY - 1
    let valueY = area.height >= 2 ? area.maxY - 2 : nil
    let barHeight = area.height - (valueY == nil ? 1 : 2)
    let monthOffset = items.count - shown.count
    // Month names when each fits its column, else the month numbers alone.
    let named = shown.allSatisfy { DisplayWidth.columns($0.label) <= barWidth }
    for (index, item) in shown.enumerated() {
      let x = area.x + index * columnWidth
      let month = index + monthOffset
      let label = named || month == 0 ? item.label : String(month)
      buffer.write(
        DisplayWidth.fit(label, width: barWidth, alignment: .right), x: x, y: labelY,
        role: .chartLabel, maxWidth: barWidth)
      if let valueY {
        buffer.write(
          DisplayWidth.fit(String(item.value), width: barWidth, alignment: .right), x: x,
          y: valueY, role: .chartLabel, maxWidth: barWidth)
      }
      if barHeight > 0 {
        Sparkline.render(
          into: &buffer,
          area: Rect(x: x, y: area.y, width: barWidth, height: barHeight),
          values: Array(repeating: Double(item.value - base), count: barWidth),
          maxValue: Double(high - base))
      }
    }
  }
}
