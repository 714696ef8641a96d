public import RostrumStore

/// The figure tracker over a store: indicators, targets with their status and conflicting reports.
///
/// Reads every trackable figure once (levels, targets, counts, changes, shares), groups them with
/// `IndicatorBuilder` and keeps the result until the store's counts change, so pages and API
/// routes that ask again answer from memory.
public actor FigureTracker {
    /// Everything the tracker derived from one state of the store.
    public struct Snapshot: Sendable {
        public var indicators: [Indicator]
        public var targets: [TargetAssessment]
        public var conflicts: [FigureConflict]
    }

    private let store: any Store
    private var builder: IndicatorBuilder?
    private let evaluator: TargetEvaluator
    private var cached: (stamp: StoreStats, snapshot: Snapshot)?

    /// A tracker over `store` with `lexicon`, judging targets as of `asOfYear`.
    public init(store: any Store, lexicon: IndicatorLexicon, asOfYear: Int) {
        self.store = store
        builder = IndicatorBuilder(matcher: IndicatorMatcher(lexicon: lexicon))
        evaluator = TargetEvaluator(asOfYear: asOfYear)
    }

    /// A tracker with the bundled lexicon, read when it is first needed (a missing file is then an
    /// `IndicatorLexiconError`, not a crash at startup).
    public init(store: any Store, asOfYear: Int) {
        self.store = store
        builder = nil
        evaluator = TargetEvaluator(asOfYear: asOfYear)
    }

    /// The current snapshot, recomputed when the store changed since the last one.
    public func snapshot() async throws -> Snapshot {
        var stamp = try await store.stats()
        stamp.sizeBytes = 0
        if let cached, cached.stamp == stamp { return cached.snapshot }
        var observations: [Observation] = []
        let page = 20_000
        var last: Int64 = 0
        while true {
            let records = try await store.figures(FigureFilter(afterID: last), limit: page, offset: 0)
            observations += records.figures.lazy.filter { Measure($0.figure.kind) != nil }.map(Self.observation)
            guard let next = records.figures.last?.id, records.figures.count == page else { break }
            last = next
        }
        let builder = try self.builder ?? IndicatorBuilder(matcher: IndicatorMatcher(lexicon: IndicatorLexicon.bundled()))
        self.builder = builder
        let indicators = builder.indicators(from: observations)
        let finder = ConflictFinder()
        let snapshot = Snapshot(
            indicators: indicators,
            targets: indicators.flatMap { evaluator.assess($0) }.sorted { ($0.target.year ?? 0, $0.target.figureID) < ($1.target.year ?? 0, $1.target.figureID) },
            conflicts: indicators.flatMap { finder.conflicts(in: $0) })
        cached = (stamp, snapshot)
        return snapshot
    }

    /// Indicators whose name (English or Russian) or id contains every word of `query`; all for nil.
    public func indicators(matching query: String?) async throws -> [Indicator] {
        let all = try await snapshot().indicators
        guard let query, !query.isEmpty else { return all }
        let words = query.lowercased().split(separator: " ")
        return all.filter { indicator in
            let names = "\(indicator.definition.en) \(indicator.definition.ru) \(indicator.id) \(indicator.scope)".lowercased()
            return words.allSatisfy { names.contains($0) }
        }
    }

    /// The indicator with `id`, or nil.
    public func indicator(id: String) async throws -> Indicator? {
        try await snapshot().indicators.first { $0.id == id }
    }

    static func observation(_ record: FigureRecord) -> Observation {
        Observation(figureID: record.id, figure: record.figure, year: record.year, quoteID: record.quoteID, quoteText: record.quoteText, heading: record.heading,
                    speaker: record.speaker, personID: record.personID, countries: record.countries, sessionID: record.sessionID, sessionTitle: record.sessionTitle,
                    event: record.event, date: record.date)
    }
}
