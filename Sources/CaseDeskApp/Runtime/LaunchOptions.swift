/// What the command line asked for when starting the app.
public struct LaunchOptions: Equatable, Sendable {
  public var dataDirectory: String?
  public var operatorID: String?
  public var themeName: String?
  public var language: Language?
  public var readOnly: Bool
  /// Open the demo workspace (`casedesk demo`).
  public var demo: Bool
  /// Today's date (`YYYY-MM-DD`) instead of the clock's, for reproducible screens.
  public var today: String?

  public init(
    dataDirectory: String? = nil, operatorID: String? = nil, themeName: String? = nil,
    language: Language? = nil, readOnly: Bool = false, demo: Bool = false, today: String? = nil
  ) {
    self.dataDirectory = dataDirectory
    self.operatorID = operatorID
    self.themeName = themeName
    self.language = language
    self.readOnly = readOnly
    self.demo = demo
    self.today = today
  }
}
