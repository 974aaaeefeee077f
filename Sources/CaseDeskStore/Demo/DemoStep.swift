import CaseDeskDomain

/// One scheduled piece of the demo's history: runs at its time, after every earlier step.
struct DemoStep {
  var time: Timestamp
  var order: Int
  var body: (inout DemoRunner) throws(DemoBuildError) -> Void
}
