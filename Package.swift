// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CaseDesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "casedesk", targets: ["casedesk"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
    .target(name: "CaseDeskDomain"),
    .target(
      name: "CaseDeskStore",
      dependencies: ["CaseDeskDomain", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(name: "TerminalUI", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
    .target(name: "CursesBackend", dependencies: ["CNCursesW", "TerminalUI"]),
    .target(
      name: "CaseDeskApp",
      dependencies: [
        "CaseDeskDomain", "CaseDeskStore", "TerminalUI",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .executableTarget(
      name: "casedesk",
      dependencies: [
        "CaseDeskApp", "CursesBackend", "TerminalUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "CaseDeskTestSupport", dependencies: ["TerminalUI", "CaseDeskApp", "CaseDeskStore"]),
    .executableTarget(
      name: "TerminalUIBenchmarks",
      dependencies: ["TerminalUI", "CaseDeskApp", "CaseDeskStore", "CaseDeskDomain"],
      path: "Benchmarks/TerminalUIBenchmarks"
    ),
    .executableTarget(
      name: "PaneBenchmarks",
      dependencies: ["TerminalUI", "CaseDeskApp", "CaseDeskStore", "CaseDeskDomain"],
      path: "Benchmarks/PaneBenchmarks"
    ),
    .executableTarget(
      name: "SearchBenchmarks", dependencies: ["CaseDeskDomain"],
      path: "Benchmarks/SearchBenchmarks"),
    .testTarget(name: "CaseDeskDomainTests", dependencies: ["CaseDeskDomain"]),
    .executableTarget(
      name: "JournalTorture", dependencies: ["CaseDeskStore", "CaseDeskDomain"],
      path: "Tools/JournalTorture"),
    .testTarget(name: "CaseDeskStoreTests", dependencies: ["CaseDeskStore", "CaseDeskDomain"]),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "CaseDeskTestSupport"],
      exclude: ["__Snapshots__"]),
    .testTarget(
      name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI", "CNCursesW"]),
    .testTarget(name: "CaseDeskCommandTests", dependencies: ["casedesk"]),
    .testTarget(
      name: "CaseDeskAppTests",
      dependencies: ["CaseDeskApp", "CaseDeskTestSupport", "TerminalUI"],
      exclude: ["__Snapshots__"]
    ),
  ]
)
