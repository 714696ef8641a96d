import Foundation
import ArgumentParser
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// `rostrum graph`: the co-occurrence graph (speakers ↔ topics, organisations ↔ countries) as
/// JSON nodes and edges, or as Graphviz DOT to draw.
struct Graph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the co-occurrence graph of speakers and topics, or organisations and countries.",
        discussion: """
            The strongest --limit pairs (most quotes first) as nodes and weighted edges: JSON as the \
            API gives it, or DOT (`rostrum graph --format dot | dot -Tsvg > graph.svg`).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case speakersTopics = "speakers-topics"
        case organizationsCountries = "organizations-countries"

        var cooccurrence: CooccurrenceKind { self == .speakersTopics ? .speakerTopic : .organizationCountry }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, dot
    }

    @Option(help: "speakers-topics or organizations-countries.")
    var kind: Kind = .speakersTopics

    @Option(help: "The strongest pairs to include (1–10000).")
    var limit: Int = 100

    @Option(help: "json or dot.")
    var format: Format = .json

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !(1...10_000).contains(limit) { throw ValidationError("--limit must be between 1 and 10000.") }
    }

    func run() async throws {
        let store = try database.open(mustExist: true)
        let graph = CooccurrenceGraph(kind: kind.cooccurrence, pairs: try await store.cooccurrences(kind.cooccurrence, limit: limit))
        switch format {
        case .json: print(graph.jsonValue.rendered(pretty: true))
        case .dot: print(Self.dot(graph))
        }
    }

    /// The graph in Graphviz DOT: left nodes as boxes, right nodes as ellipses, edge widths by weight.
    static func dot(_ graph: CooccurrenceGraph) -> String {
        let heaviest = max(graph.edges.map(\.weight).max() ?? 1, 1)
        var lines = ["graph \"\(graph.kind.rawValue)\" {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
        for node in graph.left {
            lines.append("  \(quoted(node.id)) [label=\(quoted(node.label)), shape=box, group=left];")
        }
        for node in graph.right {
            lines.append("  \(quoted(node.id)) [label=\(quoted(node.label)), shape=ellipse, group=right];")
        }
        for edge in graph.edges {
            let width = 0.5 + 4.5 * Double(edge.weight) / Double(heaviest)
            lines.append("  \(quoted(edge.source)) -- \(quoted(edge.target)) [weight=\(edge.weight), penwidth=\(String(format: "%.2f", width)), label=\"\(edge.weight)\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// A DOT string literal: quotes and backslashes escaped, line breaks as spaces.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
