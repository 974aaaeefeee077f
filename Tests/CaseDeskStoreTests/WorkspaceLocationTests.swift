import CaseDeskStore
import Testing

@Suite struct WorkspaceLocationTests {
  let environment = ["HOME": "/home/clerk", "XDG_DATA_HOME": "/data"]

  @Test func commandLineWinsOverConfigAndDataHome() {
    let location = WorkspaceLocation.resolve(
      commandLine: "/srv/cd", config: "/etc/cd", environment: environment)
    #expect(location == WorkspaceLocation(path: "/srv/cd", origin: .commandLine))
    #expect(location?.name == "cd")
  }

  @Test func configComesNextWithHomeExpanded() {
    let location = WorkspaceLocation.resolve(
      commandLine: nil, config: "~/desk", environment: environment)
    #expect(location == WorkspaceLocation(path: "/home/clerk/desk", origin: .configFile))
  }

  @Test func dataHomeFollowsXDGThenHome() {
    #expect(
      WorkspaceLocation.resolve(commandLine: nil, config: nil, environment: environment)?.path
        == "/data/casedesk")
    #expect(
      WorkspaceLocation.resolve(commandLine: nil, config: nil, environment: ["HOME": "/h"])?.path
        == "/h/.local/share/casedesk")
    // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
    #expect(
      WorkspaceLocation.resolve(
        commandLine: nil, config: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "rel"])?.path
        == "/h/.local/share/casedesk")
    #expect(WorkspaceLocation.resolve(commandLine: nil, config: nil, environment: [:]) == nil)
  }

  @Test func demoLivesUnderTheDataHome() {
    #expect(
      WorkspaceLocation.demo(commandLine: nil, environment: environment)?.path
        == "/data/casedesk/demo")
    #expect(WorkspaceLocation.demo(commandLine: "/tmp/d", environment: environment)?.name == "d")
  }
}
