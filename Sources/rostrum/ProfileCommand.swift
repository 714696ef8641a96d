import ArgumentParser
import Foundation
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// `rostrum profile speaker|org NAME|ID`: a speaker's or an organisation's profile — roles over
/// time, topics, events, the figures cited, who shared their sessions and the countries named.
struct Profile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a speaker's or an organisation's profile.",
        discussion: """
            `rostrum profile speaker "Zhang Wei"` or `rostrum profile org 12`: roles over time (speakers), \
            people and sessions (organisations), topics and events with quote counts, the indicators \
            of the figures cited, the speakers (or organisations) met in the same sessions and the \
            countries their quotes name.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case speaker, org
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "speaker or org.")
    var kind: Kind

    @Argument(help: "The name (any spelling; words of it) or the numeric id.")
    var name: [String]

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "Longest list shown per section.")
    var limit: Int = 10

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if name.isEmpty { throw ValidationError("give a name or an id.") }
        if limit <= 0 { throw ValidationError("--limit must be positive.") }
    }

    func run() async throws {
        let store = try database.open(mustExist: true)
        let tracker = FigureTracker(store: store, lexicon: try IndicatorLexicon.bundled(), asOfYear: 2000)
        try await IndexProgress.run(tracker)
        let reader = ProfileReader(store: store, tracker: tracker)
        let text = name.joined(separator: " ")
        switch kind {
        case .speaker:
            guard let id = try await Self.personID(text, store: store), let profile = try await store.person(id: id) else {
                throw CLIError.message("no speaker matches “\(text)”; `rostrum speakers \(text)` lists names")
            }
            var filters = SearchFilters()
            filters.personIDs = [id]
            let facets = try await store.search(SearchQuery(filters: filters), limit: 1, offset: 0, sort: .date).facets
            let connections = try await reader.connections(of: .person(id), limit: limit)
            if format == .json {
                let p = profile.person
                let json = JSONValue.object([
                    ("person", .object([("id", .integer(Int(p.id))), ("name", .string(p.name)), ("aliases", .array(p.aliases.map(JSONValue.string))),
                                        ("position", p.position.map(JSONValue.string) ?? .null), ("organization", p.organization.map(JSONValue.string) ?? .null),
                                        ("quotes", .integer(p.quotes)), ("sessions", .integer(p.sessions))])),
                    ("roles", .array(profile.roles.map { r in
                        .object([("session_id", .integer(Int(r.sessionID))), ("session_title", r.sessionTitle.map(JSONValue.string) ?? .null),
                                 ("event", r.event.map(JSONValue.string) ?? .null), ("date", r.date.map(JSONValue.string) ?? .null),
                                 ("position", r.position.map(JSONValue.string) ?? .null), ("organization", r.organization.map(JSONValue.string) ?? .null)])
                    })),
                    ("topics", Self.counts(facets.topics, limit)), ("events", Self.counts(facets.events, limit)),
                ] + connections.jsonFields(for: .person(id)))
                return print(json.rendered(pretty: true))
            }
            let p = profile.person
            print("\(p.name) (speaker \(p.id))" + ([p.position, p.organization].compactMap { $0 }.isEmpty ? "" : " — " + [p.position, p.organization].compactMap { $0 }.joined(separator: ", ")))
            if !p.aliases.isEmpty { print("  also written: \(p.aliases.joined(separator: ", "))") }
            print("  \(counted(p.quotes, "quote")) in \(counted(p.sessions, "session"))")
            print("Roles over time:")
            for r in profile.roles.suffix(limit) {
                print("  \(r.date ?? "undated")  \([r.position, r.organization].compactMap { $0 }.joined(separator: ", "))  · \(r.event ?? r.sessionTitle ?? "session \(r.sessionID)")")
            }
            if profile.roles.count > limit { print("  … \(profile.roles.count - limit) earlier roles") }
            Self.printCounts("Topics", facets.topics, limit)
            Self.printCounts("Events", facets.events, limit)
            Self.printConnections(connections, sharedTitle: "Speakers in the same sessions")
        case .org:
            guard let id = try await Self.organizationID(text, store: store), let profile = try await store.organization(id: id) else {
                throw CLIError.message("no organisation matches “\(text)”")
            }
            var filters = SearchFilters()
            filters.organizationIDs = [id]
            let facets = try await store.search(SearchQuery(filters: filters), limit: 1, offset: 0, sort: .date).facets
            let connections = try await reader.connections(of: .organization(id), limit: limit)
            let o = profile.organization
            if format == .json {
                let json = JSONValue.object([
                    ("organization", .object([("id", .integer(Int(o.id))), ("name", .string(o.name)), ("people", .integer(o.people)),
                                              ("quotes", .integer(o.quotes)), ("sessions", .integer(o.sessions))])),
                    ("people", .array(profile.people.prefix(limit).map { p in
                        .object([("id", .integer(Int(p.id))), ("name", .string(p.name)), ("position", p.position.map(JSONValue.string) ?? .null),
                                 ("quotes", .integer(p.quotes))])
                    })),
                    ("topics", Self.counts(facets.topics, limit)), ("events", Self.counts(facets.events, limit)),
                ] + connections.jsonFields(for: .organization(id)))
                return print(json.rendered(pretty: true))
            }
            print("\(o.name) (organisation \(o.id)) — \(o.people) \(o.people == 1 ? "person" : "people"), \(counted(o.quotes, "quote")), \(counted(o.sessions, "session"))")
            print("People:")
            for p in profile.people.prefix(limit) { print("  \(p.name)\(p.position.map { ", \($0)" } ?? "") — \(p.quotes) quotes") }
            Self.printCounts("Topics", facets.topics, limit)
            Self.printCounts("Events", facets.events, limit)
            Self.printConnections(connections, sharedTitle: "Organisations in the same sessions")
        }
    }

    /// The person with id `text`, else named exactly (or by an alias), else the best match.
    static func personID(_ text: String, store: any Store) async throws -> Int64? {
        if let id = Int64(text), try await store.person(id: id) != nil { return id }
        let candidates = try await store.speakers(matching: text, limit: 20)
        let folded = text.lowercased()
        return (candidates.first { $0.name.lowercased() == folded || $0.aliases.contains { $0.lowercased() == folded } } ?? candidates.first)?.id
    }

    /// The organisation with id `text`, else named exactly, else the most quoted match.
    static func organizationID(_ text: String, store: any Store) async throws -> Int64? {
        if let id = Int64(text), try await store.organization(id: id) != nil { return id }
        let candidates = try await store.organizations(matching: text, limit: 20)
        return (candidates.first { $0.name.lowercased() == text.lowercased() } ?? candidates.first)?.id
    }

    static func counts(_ facets: [FacetCount], _ limit: Int) -> JSONValue {
        .array(facets.prefix(limit).map { .object([("value", .string($0.value)), ("quotes", .integer($0.count))]) })
    }

    static func printCounts(_ title: String, _ facets: [FacetCount], _ limit: Int) {
        guard !facets.isEmpty else { return }
        print("\(title): " + facets.prefix(limit).map { "\($0.value) (\($0.count))" }.joined(separator: ", "))
    }

    static func printConnections(_ connections: ProfileConnections, sharedTitle: String) {
        print("Figures cited:")
        if connections.figures.isEmpty { print("  none with a known indicator") }
        for s in connections.figures {
            let years = [s.firstYear, s.lastYear].compactMap { $0 }.map(String.init)
            print("  \(s.title) — \(s.unit ?? "number"), \(s.measure.rawValue): \(counted(s.figures, "figure"))\(s.targets > 0 ? " (\(counted(s.targets, "target")))" : "")"
                + (years.isEmpty ? "" : ", \(Set(years).count == 1 ? years[0] : years.joined(separator: "–"))") + "  [\(s.id)]")
        }
        print("\(sharedTitle):")
        if connections.sharedSessions.isEmpty { print("  none") }
        for s in connections.sharedSessions { print("  \(s.name) — \(counted(s.sessions, "session"))") }
        if !connections.countries.isEmpty {
            print("Countries named: " + connections.countries.map { "\($0.value) (\($0.quotes))" }.joined(separator: ", "))
        }
    }
}

/// "1 figure", "3 figures".
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
