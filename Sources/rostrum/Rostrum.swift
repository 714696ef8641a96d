import ArgumentParser

/// The `rostrum` command: extraction, corpus generation and benchmarks.
@main
struct Rostrum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rostrum",
        abstract: "Turn forum and conference session documents into searchable knowledge.",
        subcommands: [Gen.self]
    )
}
