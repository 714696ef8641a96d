import ArgumentParser

/// The `rostrum` command: extraction, corpus generation and benchmarks.
@main
struct Rostrum: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rostrum",
        abstract: "Turn forum and conference session documents into searchable knowledge.",
        version: "0.1.0",
        subcommands: [Extract.self, Gen.self, Bench.self]
    )
}
