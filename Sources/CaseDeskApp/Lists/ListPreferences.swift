/// One operator's list settings: the columns chosen per pane and the saved views.
///
/// Kept per operator in the workspace (`views/OPERATOR.toml`), so that everyone at a shared
/// desk finds their own columns and views.
public struct ListPreferences: Equatable, Sendable {
  /// Chosen columns by pane command name (`enterprises`).
  public var columns: [String: [String]]
  /// Saved views by pane command name, in the order they were saved.
  public var views: [String: [SavedView]]

  public init(columns: [String: [String]] = [:], views: [String: [SavedView]] = [:]) {
    self.columns = columns
    self.views = views
  }

  /// The saved views of a pane.
  public func views(of pane: PaneID) -> [SavedView] { views[pane.commandName] ?? [] }

  /// A pane's view by name (exact, then case-insensitive).
  public func view(named name: String, of pane: PaneID) -> SavedView? {
    let all = views(of: pane)
    return all.first { $0.name == name } ?? all.first { $0.name.lowercased() == name.lowercased() }
  }

  /// Saves a view, replacing one of the same name.
  public mutating func save(_ view: SavedView, of pane: PaneID) {
    var all = views(of: pane)
    if let index = all.firstIndex(where: { $0.name == view.name }) {
      all[index] = view
    } else {
      all.append(view)
    }
    views[pane.commandName] = all
  }

  /// Deletes a view by name; returns whether there was one.
  @discardableResult
  public mutating func deleteView(named name: String, of pane: PaneID) -> Bool {
    var all = views(of: pane)
    guard let index = all.firstIndex(where: { $0.name == name }) else { return false }
    all.remove(at: index)
    views[pane.commandName] = all
    return true
  }
}
