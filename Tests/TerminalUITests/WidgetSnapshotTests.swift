import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct WidgetSnapshotTests {
  static let normal = Size(width: 80, height: 24)
  static let narrow = Size(width: 40, height: 12)

  @Test(arguments: [normal, narrow])
  func box(size: Size) {
    var buffer = Buffer(size: size)
    let inner = Box.draw(in: &buffer, buffer.bounds, title: "企业详情 鞍山钢铁集团有限公司 Enterprise")
    buffer.write("名称：鞍山钢铁集团有限公司", x: inner.x, y: inner.y, role: .normal, clip: inner)
    let small = Rect(x: 2, y: 3, width: 12, height: 3)
    Box.draw(in: &buffer, small, title: "区县列表", role: .dim)
    Snapshot.assertMatches(buffer, named: "box-\(size)")
  }

  @Test(arguments: [normal, narrow])
  func textField(size: Size) {
    var buffer = Buffer(size: size)
    let wide = Rect(x: 0, y: 0, width: size.width, height: 1)
    let narrowField = Rect(x: 0, y: 2, width: 9, height: 1)
    var state = TextFieldState(text: "鞍山钢铁集团有限公司")
    TextField.render(into: &buffer, area: wide, state: state, isFocused: false)
    TextField.render(into: &buffer, area: narrowField, state: state)
    for _ in 0..<5 { _ = state.handle(.left) }
    state.scrollToCursor(width: 9)
    TextField.render(into: &buffer, area: Rect(x: 0, y: 4, width: 9, height: 1), state: state)
    TextField.render(
      into: &buffer, area: Rect(x: 0, y: 6, width: 20, height: 1), state: TextFieldState(),
      placeholder: "输入企业名称或信用代码", isFocused: false)
    Snapshot.assertMatches(buffer, named: "textfield-\(size)")
  }

  @Test(arguments: [normal, narrow])
  func tabs(size: Size) {
    var buffer = Buffer(size: Size(width: size.width, height: 3))
    let titles = ["企业", "案件", "检查", "处罚", "移送", "统计", "设置"]
    Tabs.render(into: &buffer, area: buffer.bounds, titles: titles, selected: 1)
    Tabs.render(
      into: &buffer, area: Rect(x: 0, y: 2, width: size.width / 2, height: 1), titles: titles,
      selected: 6)
    Snapshot.assertMatches(buffer, named: "tabs-\(size)")
  }

  @Test(arguments: [normal, narrow])
  func dialog(size: Size) {
    var buffer = Buffer(size: size)
    buffer.fill(buffer.bounds, with: "·", role: .dim)
    var dialog = Dialog.confirm(
      title: "确认删除", message: "确定要删除企业“鞍山钢铁集团有限公司”的这条检查草稿吗？此操作不能撤销。",
      yes: "是", no: "否")
    _ = dialog.handle(.right)
    dialog.render(into: &buffer, area: buffer.bounds)
    Snapshot.assertMatches(buffer, named: "dialog-\(size)")
  }

  @Test func dialogInATinyArea() {
    var buffer = Buffer(size: Size(width: 24, height: 6))
    let dialog = Dialog(
      title: "导入", message: "Importing enterprises from a very long file name.csv failed twice",
      buttons: ["重试", "取消", "Details"])
    dialog.render(into: &buffer, area: buffer.bounds)
    Snapshot.assertMatches(buffer, named: "dialog-tiny")
  }

  @Test(arguments: [normal, narrow])
  func footer(size: Size) {
    var buffer = Buffer(size: Size(width: size.width, height: 2))
    let bindings = WidgetSnapshotTests.bindings
    Footer.render(into: &buffer, area: buffer.bounds, bindings: bindings)
    Footer.render(
      into: &buffer, area: Rect(x: 0, y: 1, width: size.width, height: 1),
      hints: [("Enter", "打开"), ("/", "搜索"), ("?", "帮助"), ("q", "退出")])
    Snapshot.assertMatches(buffer, named: "footer-\(size)")
  }

  @Test(arguments: [normal, narrow])
  func progressBar(size: Size) {
    var buffer = Buffer(size: Size(width: size.width, height: 5))
    let rows: [(Double, String)] = [
      (0.42, "导入企业"), (1, "建立索引"), (.nan, "NaN"), (-3, "负数"), (0.999, "鞍山钢铁集团有限公司数据导入"),
    ]
    for (y, (fraction, label)) in rows.enumerated() {
      ProgressBar.render(
        into: &buffer, area: Rect(x: 0, y: y, width: size.width, height: 1), fraction: fraction,
        label: label)
    }
    Snapshot.assertMatches(buffer, named: "progress-\(size)")
  }

  @Test func progressBarInATinyRow() {
    var buffer = Buffer(size: Size(width: 7, height: 1))
    ProgressBar.render(into: &buffer, area: buffer.bounds, fraction: 0.5, label: "导入")
    #expect(buffer.rowText(0) == "█░  50%")
  }

  @Test(arguments: [normal, narrow])
  func messageLine(size: Size) {
    var buffer = Buffer(size: Size(width: size.width, height: 4))
    let messages: [Message?] = [
      Message(kind: .info, text: "已加载 12,345 家企业"),
      Message(kind: .success, text: "检查记录已保存"),
      Message(kind: .error, text: "统一社会信用代码 91210300MA0XXXXX 校验失败：第 18 位校验码应为 7"),
      nil,
    ]
    for (y, message) in messages.enumerated() {
      MessageLine.render(
        into: &buffer, area: Rect(x: 0, y: y, width: size.width, height: 1), message: message)
    }
    Snapshot.assertMatches(buffer, named: "message-\(size)")
  }

  @Test(arguments: [normal, narrow])
  func helpOverlay(size: Size) {
    var buffer = Buffer(size: size)
    buffer.fill(buffer.bounds, with: "·", role: .dim)
    HelpOverlay.render(
      into: &buffer, area: buffer.bounds, title: "帮助", bindings: WidgetSnapshotTests.bindings,
      state: HelpOverlayState(), scopeTitle: WidgetSnapshotTests.scopeTitle, searchLabel: "搜索：")
    Snapshot.assertMatches(buffer, named: "help-\(size)")
  }

  @Test func helpOverlayFilteredAndScrolled() {
    var buffer = Buffer(size: WidgetSnapshotTests.narrow)
    var state = HelpOverlayState()
    for character in "移" { _ = state.handle(.character(character)) }
    HelpOverlay.render(
      into: &buffer, area: buffer.bounds, title: "帮助", bindings: WidgetSnapshotTests.bindings,
      state: state, scopeTitle: WidgetSnapshotTests.scopeTitle, searchLabel: "搜索：")
    Snapshot.assertMatches(buffer, named: "help-filtered")
  }

  static func scopeTitle(_ scope: KeyScope) -> String {
    ["global": "全局", "list": "列表", "dialog": "对话框"][scope.name] ?? scope.name
  }

  static let bindings: [KeyBinding] = [
    KeyBinding(
      command: "list.down", keys: [.character("j"), .down], hint: "下移",
      description: "选择下一行", scope: "list"),
    KeyBinding(
      command: "list.up", keys: [.character("k"), .up], hint: "上移",
      description: "选择上一行", scope: "list"),
    KeyBinding(
      command: "list.open", keys: [.enter], hint: "打开", description: "打开所选记录的详情",
      scope: "list"),
    KeyBinding(
      command: "list.mark", keys: [.character(" ")], hint: "", description: "标记或取消标记所选行",
      scope: "list"),
    KeyBinding(
      command: "search", keys: [.character("/"), .control("f")], hint: "搜索",
      description: "按名称、拼音首字母或信用代码搜索企业", scope: "global"),
    KeyBinding(
      command: "pane.next", keys: [.tab], hint: "", description: "切换到下一个窗格",
      scope: "global"),
    KeyBinding(
      command: "help", keys: [.character("?")], hint: "帮助", description: "显示帮助",
      scope: "global"),
    KeyBinding(
      command: "case.refer", keys: [.character("R")], hint: "移送",
      description: "移送公安机关（涉嫌犯罪案件）", scope: "list"),
    KeyBinding(
      command: "quit", keys: [.character("q")], hint: "退出", description: "退出 CaseDesk",
      scope: "global"),
  ]
}
