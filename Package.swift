// swift-tools-version: 6.2
import PackageDescription

/// Strictness shared by every target: Swift 6 language mode is the default for tools 6.x;
/// these upcoming features keep the code honest about existential use and imports.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Rostrum",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rostrum", targets: ["rostrum"]),
        .library(name: "RostrumModel", targets: ["RostrumModel"]),
        .library(name: "RostrumText", targets: ["RostrumText"]),
        .library(name: "RostrumExtraction", targets: ["RostrumExtraction"]),
        .library(name: "RostrumGenerator", targets: ["RostrumGenerator"]),
        .library(name: "RostrumDigest", targets: ["RostrumDigest"]),
        .library(name: "RostrumStore", targets: ["RostrumStore"]),
        .library(name: "RostrumServer", targets: ["RostrumServer"]),
        .library(name: "RostrumAnalytics", targets: ["RostrumAnalytics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // Domain types: what a session, a quote, a speaker and a figure are.
        .target(name: "RostrumModel", swiftSettings: swiftSettings),
        // The text analyzer shared by extraction and search: folding, tokens, stems.
        .target(name: "RostrumText", dependencies: ["RostrumModel"], swiftSettings: swiftSettings),
        // Readers and the pure pipeline: text in, ExtractedDocument out.
        .target(
            name: "RostrumExtraction",
            dependencies: ["RostrumModel", "RostrumText"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        // A generated corpus with gold annotations, for accuracy tests and benchmarks.
        .target(name: "RostrumGenerator", dependencies: ["RostrumModel"], swiftSettings: swiftSettings),
        // Digests: a session written back out in the seed's layout.
        // The transcript digester reads the pipeline's output, tags passages with its taxonomy and
        // compares passages with the shared analyzer.
        .target(name: "RostrumDigest", dependencies: ["RostrumModel", "RostrumText", "RostrumExtraction"], swiftSettings: swiftSettings),
        // The system zlib: a session's raw text and document JSON are stored deflated.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The knowledge base: the Store protocol, its SQLite implementation and the query language.
        .target(
            name: "RostrumStore",
            dependencies: [
                "RostrumModel", "RostrumText", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // Analyses over the store: indicators, targets against reports, conflicts. The analyses
        // themselves are pure (values in, values out); Tracking/ is the thin layer that reads the store.
        .target(
            name: "RostrumAnalytics",
            dependencies: ["RostrumModel", "RostrumText", "RostrumStore"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        // The HTTP server: JSON API under /api/v1, server-rendered pages, tokens for writes, metrics.
        .target(
            name: "RostrumServer",
            dependencies: [
                "RostrumModel", "RostrumExtraction", "RostrumDigest", "RostrumStore", "RostrumAnalytics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The command-line tool.
        .executableTarget(
            name: "rostrum",
            dependencies: [
                "RostrumModel", "RostrumText", "RostrumExtraction", "RostrumGenerator", "RostrumDigest", "RostrumStore", "RostrumServer",
                "RostrumAnalytics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Scratch folders for tests, removed when the test process ends.
        .target(name: "RostrumTestSupport", path: "Tests/RostrumTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "RostrumModelTests", dependencies: ["RostrumModel"], swiftSettings: swiftSettings),
        .testTarget(name: "RostrumTextTests", dependencies: ["RostrumText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RostrumExtractionTests",
            dependencies: ["RostrumExtraction", "RostrumGenerator"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RostrumDigestTests",
            dependencies: ["RostrumDigest", "RostrumExtraction", "RostrumGenerator", "RostrumText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RostrumStoreTests",
            dependencies: ["RostrumStore", "RostrumExtraction", "RostrumGenerator", "RostrumTestSupport"],
            // Documents read by path (#filePath), not bundled.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RostrumServerTests",
            dependencies: [
                "RostrumServer", "RostrumStore", "RostrumModel", "RostrumTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RostrumAnalyticsTests", dependencies: ["RostrumAnalytics", "RostrumModel", "RostrumStore", "RostrumTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "RostrumGeneratorTests", dependencies: ["RostrumGenerator"], swiftSettings: swiftSettings),
        // The command-line tool run as a user runs it: the built executable, its output and exit status.
        .testTarget(name: "RostrumCLITests", dependencies: ["rostrum", "RostrumTestSupport"], swiftSettings: swiftSettings),
    ]
)
