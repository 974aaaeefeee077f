import TerminalUI

/// The layout the list panes share: lines across the top (a header, tabs, a queue), the list,
/// and the selected record's detail beside or below it, or alone once opened.
enum ListPaneLayout {
  /// The top `topRows` rows of the pane, and the list and detail under them (the detail is nil
  /// when it does not fit).
  static func areas(_ pane: Rect, topRows: Int, screen: Size) -> (
    top: Rect, list: Rect, detail: Rect?
  ) {
    let rows = max(0, min(topRows, pane.height))
    let top = Rect(x: pane.x, y: pane.y, width: pane.width, height: rows)
    let rest = Rect(x: pane.x, y: pane.y + rows, width: pane.width, height: pane.height - rows)
    let (list, detail) = EnterprisesPaneView.areas(in: rest, screen: screen)
    return (top, list, detail)
  }

  /// The inside width of a list pane's table at a screen width (default columns follow it).
  static func listInnerWidth(forScreenWidth screenWidth: Int) -> Int {
    let size = Size(width: screenWidth, height: 24)
    return EnterprisesPaneView.areas(in: AppView.paneArea(for: size), screen: size).list.width - 2
  }

  /// The area an opened detail fills: the pane from the list's top row down.
  static func openedDetail(in pane: Rect, listTop: Int) -> Rect {
    Rect(x: pane.x, y: listTop, width: pane.width, height: max(0, pane.maxY - listTop))
  }
}
