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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        .target(name: "RostrumDigest", dependencies: ["RostrumModel"], swiftSettings: swiftSettings),
        // The knowledge base: the Store protocol, its SQLite implementation and the query language.
        .target(
            name: "RostrumStore",
            dependencies: ["RostrumModel", "RostrumText", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        // The command-line tool.
        .executableTarget(
            name: "rostrum",
            dependencies: [
                "RostrumModel", "RostrumText", "RostrumExtraction", "RostrumGenerator", "RostrumDigest", "RostrumStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RostrumModelTests", dependencies: ["RostrumModel"], swiftSettings: swiftSettings),
        .testTarget(name: "RostrumTextTests", dependencies: ["RostrumText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RostrumExtractionTests",
            dependencies: ["RostrumExtraction", "RostrumGenerator"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RostrumDigestTests", dependencies: ["RostrumDigest"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RostrumStoreTests",
            dependencies: ["RostrumStore", "RostrumExtraction", "RostrumGenerator"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RostrumGeneratorTests", dependencies: ["RostrumGenerator"], swiftSettings: swiftSettings),
    ]
)
