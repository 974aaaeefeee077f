extension WorkingDayCalendar {
  /// The calendar file a new workspace starts with.
  ///
  /// It holds the PRC's official holiday arrangements for 2025 and 2026. The bureau adds each new year when the State Council publishes it.
  public static let shippedText = """
    # CaseDesk working-day calendar (工作日历).
    # One entry per line: `year YYYY`, or a day / inclusive range FROM..TO, then `holiday`
    # (放假) or `workday` (调休上班), then a name. Weekends are days off unless listed as workday.
    #
    # 2025 — 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
    year 2025
    2025-01-01 holiday 元旦
    2025-01-28..2025-02-04 holiday 春节
    2025-01-26 workday 春节调休
    2025-02-08 workday 春节调休
    2025-04-04..2025-04-06 holiday 清明节
    2025-05-01..2025-05-05 holiday 劳动节
    2025-04-27 workday 劳动节调休
    2025-05-31..2025-06-02 holiday 端午节
    2025-10-01..2025-10-08 holiday 国庆节、中秋节
    2025-09-28 workday 国庆节调休
    2025-10-11 workday 国庆节调休
    #
    # 2026 — 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
    year 2026
    2026-01-01..2026-01-03 holiday 元旦
    2026-01-04 workday 元旦调休
    2026-02-15..2026-02-23 holiday 春节
    2026-02-14 workday 春节调休
    2026-02-28 workday 春节调休
    2026-04-04..2026-04-06 holiday 清明节
    2026-05-01..2026-05-05 holiday 劳动节
    2026-05-09 workday 劳动节调休
    2026-06-19..2026-06-21 holiday 端午节
    2026-09-25..2026-09-27 holiday 中秋节
    2026-10-01..2026-10-07 holiday 国庆节
    2026-09-20 workday 国庆节调休
    2026-10-10 workday 国庆节调休

    """

  /// The shipped calendar, parsed.
  public static let shipped: WorkingDayCalendar =
    (try? WorkingDayCalendar(parsing: shippedText)) ?? .weekendsOnly
}
