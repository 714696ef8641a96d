import ArgumentParser
import Foundation
import RostrumModel
import RostrumServer
import RostrumStore

/// `rostrum search`: the query language over the knowledge base.
struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search quotes (or sessions) in the knowledge base.",
        discussion: """
            Words match in any form (trade, trading); "exact phrases"; prefix*; -excluded; a OR b. \
            Filters: speaker:"He Zhenwei" org:NAME topic:agriculture event:NAME year:2016..2019 \
            lang:ru kind:problem country:CN has:figures.
            """
    )

    /// The query's words as typed. Unrecognised dashed words are part of it, so that
    /// `rostrum search containers -rail` excludes "rail" instead of failing as an unknown option.
    @Argument(parsing: .allUnrecognized, help: "The query (an excluded -word needs no quoting).")
    var query: [String]

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Sessions ranked by their best quote instead of quotes.")
    var sessions = false

    @Option(parsing: .unconditional, help: "Hits per page.")
    var limit = 10

    @Option(parsing: .unconditional, help: "Hits to skip.")
    var offset = 0

    @Option(help: "relevance or date.")
    var sort: SortChoice = .relevance

    @Option(help: "table or json.")
    var format: TableOrJSON = .table

    func validate() throws {
        if limit <= 0 || limit > 10_000 { throw ValidationError("--limit must be between 1 and 10000.") }
        if offset < 0 { throw ValidationError("--offset cannot be negative.") }
    }

    func run() async throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(parsing: text)
        } catch {
            Terminal.error(error.description)
            Terminal.note("  " + text + "\n  " + String(repeating: " ", count: error.position) + "^")
            throw ExitCode(2)
        }
        let store = try database.open(mustExist: true)
        if sessions {
            let results = try await store.searchSessions(parsed, limit: limit, offset: offset, sort: sort.sort)
            if results.total == 0 { try await Self.noteUnknownTopics(parsed, store) }
            if format == .json {
                // The API's JSON: snippets escaped for HTML except their <mark> tags.
                print(APIJSON.sessionResults(results).rendered(pretty: true))
                return
            }
            print("\(results.total) session\(results.total == 1 ? "" : "s")")
            for (index, hit) in results.hits.enumerated() {
                print("\n\(offset + index + 1). [\(hit.sessionID)] \(hit.title ?? "(untitled)") · \([hit.event, hit.date].compactMap { $0 }.joined(separator: " · ")) · \(hit.matches) matching quote\(hit.matches == 1 ? "" : "s")")
                print("   " + Self.render(hit.best.snippet))
            }
            Self.printFacets(results.facets)
            return
        }
        let results = try await store.search(parsed, limit: limit, offset: offset, sort: sort.sort)
        if results.total == 0 { try await Self.noteUnknownTopics(parsed, store) }
        if format == .json {
            print(APIJSON.results(results).rendered(pretty: true))
            return
        }
        print("\(results.total) quote\(results.total == 1 ? "" : "s")")
        for (index, hit) in results.hits.enumerated() {
            let who = hit.speaker.map { [$0.name, $0.position, $0.organization].compactMap { $0 }.joined(separator: ", ") } ?? "(no speaker)"
            print("\n\(offset + index + 1). \(who)")
            print("   " + Self.render(hit.snippet))
            print("   — \(hit.sessionTitle ?? "(untitled)") · \([hit.event, hit.date].compactMap { $0 }.joined(separator: " · ")) · session \(hit.sessionID), quote \(hit.quoteID)"
                + (hit.score > 0 ? String(format: " · score %.2f", hit.score) : ""))
        }
        Self.printFacets(results.facets)
    }

    /// The facet counts, a line each (the six most frequent values).
    static func printFacets(_ facets: SearchFacets) {
        for (name, counts) in [("speakers", facets.speakers), ("topics", facets.topics), ("events", facets.events), ("years", facets.years),
                               ("countries", facets.countries), ("kinds", facets.kinds)] where !counts.isEmpty {
            if name == "speakers" { print("") }
            print("\(name): " + counts.prefix(6).map { "\($0.value) (\($0.count))" }.joined(separator: ", "))
        }
    }

    /// Highlights as bold on a terminal, «…» otherwise.
    /// Says on standard error which `topic:` values name no topic of the knowledge base, and the
    /// topics there are: a search that found nothing because of a mistyped topic should say so.
    static func noteUnknownTopics(_ query: SearchQuery, _ store: any Store) async throws {
        guard !query.filters.topics.isEmpty else { return }
        let known = try await store.topics().map(\.topic).sorted()
        let unknown = TopicNames.unknown(query.filters.topics, known: known)
        guard !unknown.isEmpty else { return }
        Terminal.note("no topic of this knowledge base is named \(unknown.joined(separator: ", ")); topics: \(known.joined(separator: ", "))")
    }

    static func render(_ snippet: String) -> String {
        let bold = isatty(STDOUT_FILENO) != 0
        return snippet.replacingOccurrences(of: "<mark>", with: bold ? "\u{1B}[1m" : "«")
            .replacingOccurrences(of: "</mark>", with: bold ? "\u{1B}[0m" : "»")
    }
}

/// Output of listing commands.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `--sort relevance|date`.
enum SortChoice: String, ExpressibleByArgument, CaseIterable {
    case relevance, date

    var sort: SearchSort { self == .date ? .date : .relevance }
}
