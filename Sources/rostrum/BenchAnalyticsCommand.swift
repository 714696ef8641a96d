import ArgumentParser
import Foundation
import RostrumAnalytics
import RostrumDigest
import RostrumExtraction
import RostrumModel
import RostrumStore

/// `rostrum bench analytics`: how long each analysis takes on a database — the figure tracker
/// (cold, warm, and its parts), targets, conflicts, topic trends, a comparison of two events, both
/// co-occurrence graphs, a query digest and the profiles of the most quoted speaker and organisation.
struct BenchAnalytics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics",
        abstract: "Milliseconds per analysis on a database (build with -c release).",
        discussion: """
            Figures not matched to indicators yet (a database from before schema v5, or fresh \
            ingests) are matched first; that pass is timed and reported separately. Each analysis \
            then runs --runs times on a fresh tracker where it says cold; the first and the best time \
            are printed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Runs per analysis.")
    var runs: Int = 3

    @Option(help: "The query of the query digest.")
    var query = "trade turnover"

    func validate() throws {
        if runs <= 0 { throw ValidationError("--runs must be positive.") }
    }

    func run() async throws {
        #if DEBUG
        Terminal.note("warning: this is a debug build; run `swift run -c release rostrum bench analytics` for real figures.")
        #endif
        let store = try database.open(mustExist: true)
        let lexicon = try IndicatorLexicon.bundled()
        let stats = try await store.stats()
        print("database: \(database.resolvedPath) — \(stats.sessions) sessions, \(stats.quotes) quotes, \(stats.figures) figures")
        let clock = ContinuousClock()
        let indexing = try await clock.measure { _ = try await IndexProgress.run(store) }
        print(String(format: "indexing pass (figures pending at start, done once): %.1f s", indexing.seconds))

        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        var results: [(String, [Double])] = []
        func time(_ name: String, _ body: () async throws -> Void) async throws {
            var samples: [Double] = []
            for _ in 0..<runs { samples.append(try await clock.measure { try await body() }.seconds * 1000) }
            results.append((name, samples))
            print(String(format: "  %-44@ %9.1f ms first, %9.1f ms best", name as NSString, samples[0], samples.min() ?? 0))
        }

        /// `time` for a computation whose result is large: the previous run's result is freed
        /// before the clock starts, so that a run is not charged for tearing down the one before.
        func timeKeeping<T>(_ name: String, _ body: () async throws -> T) async throws -> T? {
            var samples: [Double] = []
            var kept: T?
            for _ in 0..<runs {
                kept = nil
                let start = clock.now
                let value = try await body()
                samples.append((clock.now - start).seconds * 1000)
                kept = value
            }
            results.append((name, samples))
            print(String(format: "  %-44@ %9.1f ms first, %9.1f ms best", name as NSString, samples[0], samples.min() ?? 0))
            return kept
        }

        // The tracker, cold (a new tracker each run) and warm; then its parts.
        _ = try await timeKeeping("tracker snapshot, cold") { try await FigureTracker(store: store, lexicon: lexicon, asOfYear: year).snapshot() }
        let tracker = FigureTracker(store: store, lexicon: lexicon, asOfYear: year)
        let snapshot = try await tracker.snapshot()
        try await time("tracker snapshot, warm") { _ = try await tracker.snapshot() }
        let figures = snapshot.indicators.reduce(0) { $0 + $1.observations.count }
        let indicators = try await timeKeeping("  read \(figures) figures into \(snapshot.indicators.count) indicators") {
            try await IndicatorBuilder.indicators(in: store, definitions: lexicon.definitions)
        } ?? []
        let evaluator = TargetEvaluator(asOfYear: year)
        _ = try await timeKeeping("  targets: assess \(snapshot.targets.count)") { indicators.flatMap { evaluator.assess($0) } }
        _ = try await timeKeeping("  conflicts: find \(snapshot.conflicts.count)") { indicators.flatMap { ConflictFinder().conflicts(in: $0) } }
        _ = try await timeKeeping("  pending-figure check (none pending)") { try await FigureTracker(store: store, lexicon: lexicon, asOfYear: year).index() }
        try await time("targets page (100, status met, in full)") {
            _ = try await tracker.hydrated(Array(try await tracker.snapshot().targets.filter { $0.status == .met }.prefix(100)))
        }
        try await time("conflicts page (50, in full)") { _ = try await tracker.hydrated(try await tracker.snapshot().conflicts.prefix(50).map { $0.trimmed(to: 20) }) }
        if let biggest = snapshot.indicators.first {
            try await time("indicator page (\(biggest.observations.count) obs., 300 in full)") {
                _ = try await tracker.details(of: Array(biggest.observations.suffix(300)))
            }
        }
        try await time("indicators matching \"trade\"") { _ = try await tracker.indicators(matching: "trade") }

        // Trends and comparisons.
        try await time("topic trends (shares per event)") { _ = TopicTrends(counts: try await store.topicEventCounts()).shares() }
        let events = TopicTrends(counts: try await store.topicEventCounts()).events
        if let first = events.first, let last = events.last {
            try await time("compare two events") { _ = TopicTrends(counts: try await store.topicEventCounts()).compare(first, last) }
        }
        for kind in CooccurrenceKind.allCases {
            try await time("graph \(kind.rawValue) (100 pairs)") { _ = CooccurrenceGraph(kind: kind, pairs: try await store.cooccurrences(kind, limit: 100)) }
        }

        // A query digest.
        let parsed = try SearchQuery(parsing: query)
        try await time("query digest \"\(query)\" (30 quotes)") {
            let found = try await QuoteGatherer(store: store, lexicon: lexicon).gather(parsed, limit: 30)
            let items = found.map { QueryDigest.Item(quote: $0.quote, language: $0.language, event: $0.event, date: $0.date, sessionTitle: $0.sessionTitle) }
            _ = QueryDigest(topicLabels: [:]).digest(query: query, items: items)
        }

        // Profiles of the most quoted speaker and organisation.
        let reader = ProfileReader(store: store, tracker: tracker)
        if let speaker = try await store.speakers(matching: "", limit: 1).first {
            try await time("  connections of the speaker") { _ = try await reader.connections(of: .person(speaker.id)) }
            try await time("speaker profile (\(speaker.quotes) quotes)") {
                _ = try await store.person(id: speaker.id)
                var filters = SearchFilters()
                filters.personIDs = [speaker.id]
                _ = try await store.search(SearchQuery(filters: filters), limit: 20, offset: 0, sort: .date)
                _ = try await reader.connections(of: .person(speaker.id))
            }
        }
        if let organization = try await store.organizations(matching: "", limit: 1).first {
            var filters = SearchFilters()
            filters.organizationIDs = [organization.id]
            try await time("organisation profile (\(organization.quotes) quotes)") {
                _ = try await store.organization(id: organization.id)
                _ = try await store.search(SearchQuery(filters: filters), limit: 20, offset: 0, sort: .date)
                _ = try await reader.connections(of: .organization(organization.id))
            }
            try await time("  people and sessions") { _ = try await store.organization(id: organization.id) }
            try await time("  quotes with counts (search)") { _ = try await store.search(SearchQuery(filters: filters), limit: 20, offset: 0, sort: .date) }
            try await time("  connections") { _ = try await reader.connections(of: .organization(organization.id)) }
        }
        let slowest = results.filter { !$0.0.hasPrefix("  ") }.max { ($0.1.min() ?? 0) < ($1.1.min() ?? 0) }
        if let slowest { print(String(format: "slowest analysis (best run): %@ %.1f ms", slowest.0, slowest.1.min() ?? 0)) }
    }
}
