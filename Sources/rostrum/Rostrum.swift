import ArgumentParser

/// The `rostrum` command: extraction, the knowledge base (ingest, search, export), corpus generation and benchmarks.
@main
struct Rostrum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rostrum",
        abstract: "Turn forum and conference session documents into searchable knowledge.",
        version: "0.1.0",
        subcommands: [
            Extract.self, Ingest.self, Search.self, Speakers.self, Stats.self, Delete.self, Export.self, Import.self,
            Serve.self, Token.self, Figures.self, Compare.self, Digest.self, Profile.self, Graph.self, Gen.self, Bench.self,
        ]
    )
}
