public import RostrumStore

/// The figure tracker over a store: indicators, targets with their status and conflicting reports.
///
/// The indicator of every figure is matched once, when it is stored (`IndicatorIndexer`, run here
/// for any figure still pending). A snapshot reads the assigned figures without their quotes in
/// series order, groups and judges them as they arrive (`JudgedSeries`), and is kept until the
/// store's revision changes, so pages and API routes that ask again answer from memory.
/// Observations in a snapshot carry the figure's value, kind, qualifier and years, its ids and
/// dates only (no surface, subject or quote); `details(of:)` and the `hydrated` methods fill in
/// the quote, speaker and session for the few a page or a listing shows.
public actor FigureTracker {
    /// Everything the tracker derived from one state of the store.
    public struct Snapshot: Sendable {
        public var indicators: [Indicator]
        public var targets: [TargetAssessment]
        public var conflicts: [FigureConflict]
    }

    private let store: any Store
    private var lexicon: IndicatorLexicon?
    private let evaluator: TargetEvaluator
    private var cached: (revision: Int64, snapshot: Snapshot)?
    private var building: Task<Snapshot, any Error>?

    /// A tracker over `store` with `lexicon`, judging targets as of `asOfYear`.
    public init(store: any Store, lexicon: IndicatorLexicon, asOfYear: Int) {
        self.store = store
        self.lexicon = lexicon
        evaluator = TargetEvaluator(asOfYear: asOfYear)
    }

    /// A tracker with the bundled lexicon, read when it is first needed (a missing file is then an
    /// `IndicatorLexiconError`, not a crash at startup).
    public init(store: any Store, asOfYear: Int) {
        self.store = store
        lexicon = nil
        evaluator = TargetEvaluator(asOfYear: asOfYear)
    }

    /// The lexicon, read on first use.
    public func currentLexicon() throws -> IndicatorLexicon {
        if let lexicon { return lexicon }
        let bundled = try IndicatorLexicon.bundled()
        lexicon = bundled
        return bundled
    }

    /// Assigns the indicators of figures stored since the last call; `progress` reports each page.
    @discardableResult
    public func index(progress: (@Sendable (IndicatorIndexer.Progress) -> Void)? = nil) async throws -> Int {
        try await IndicatorIndexer(store: store, lexicon: try currentLexicon()).run(progress: progress)
    }

    /// The current snapshot, recomputed when the store changed since the last one. Callers that
    /// arrive while it is being recomputed wait for that computation instead of starting another.
    public func snapshot() async throws -> Snapshot {
        if let cached, try await store.revision() == cached.revision { return cached.snapshot }
        if let building { return try await building.value }
        let task = Task { try await self.rebuild() }
        building = task
        defer { building = nil }
        return try await task.value
    }

    /// Starts computing the snapshot in the background (after a write), so that the next reader
    /// of indicators, targets or conflicts finds it ready.
    public nonisolated func warm() {
        Task(priority: .background) { _ = try? await self.snapshot() }
    }

    private func rebuild() async throws -> Snapshot {
        try await index()
        let revision = try await store.revision()
        if let cached, cached.revision == revision { return cached.snapshot }
        let lexicon = try currentLexicon()
        let definitions = Dictionary(lexicon.definitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let evaluator = evaluator
        // Two ranges of series read and judged at once on two connections and cores.
        let parts = try await store.foldIndicatorFigures(parts: 2, initial: { JudgedSeries(definitions: definitions, evaluator: evaluator) }) {
            $0.add($1)
        }
        var judged: [(indicator: Indicator, judgement: JudgedSeries.Judgement)] = []
        for var part in parts { judged += part.finish() }
        // The best documented indicators first, and their conflicts in that order.
        let order = judged.indices.sorted { IndicatorBuilder.bestDocumentedFirst(judged[$0].indicator, judged[$1].indicator) }
        let indicators = order.map { judged[$0].indicator }
        let conflicts = order.flatMap { judged[$0].judgement.conflicts }
        // Targets by year, then figure: their keys are sorted, and the large assessments moved once.
        var keys: [(year: Int, figure: Int64, indicator: Int, target: Int)] = []
        keys.reserveCapacity(judged.reduce(0) { $0 + $1.judgement.targets.count })
        for indicator in judged.indices {
            let targets = judged[indicator].judgement.targets
            for target in targets.indices {
                keys.append((targets[target].target.year ?? 0, targets[target].target.figureID, indicator, target))
            }
        }
        keys.sort { ($0.year, $0.figure) < ($1.year, $1.figure) }
        let targets = keys.map { judged[$0.indicator].judgement.targets[$0.target] }
        let snapshot = Snapshot(indicators: indicators, targets: targets, conflicts: conflicts)
        cached = (revision, snapshot)
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

    /// The indicator with `id`, or nil (its observations without their quotes; see `details(of:)`).
    public func indicator(id: String) async throws -> Indicator? {
        try await snapshot().indicators.first { $0.id == id }
    }

    /// `observations` with their quote, heading, speaker, countries and session filled in from the
    /// store, in the same order (an observation whose figure is gone stays as it was).
    public func details(of observations: [Observation]) async throws -> [Observation] {
        guard !observations.isEmpty else { return [] }
        var records: [Int64: FigureRecord] = [:]
        let ids = Array(Set(observations.map(\.figureID))).sorted()
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for record in try await store.figures(FigureFilter(ids: chunk), limit: chunk.count, offset: 0).figures {
                records[record.id] = record
            }
        }
        return observations.map { o in records[o.figureID].map(Self.observation) ?? o }
    }

    /// `assessments` with their targets and evidence in full.
    public func hydrated(_ assessments: [TargetAssessment]) async throws -> [TargetAssessment] {
        let full = try await details(of: assessments.flatMap { [$0.target] + $0.evidence })
        let byID = Dictionary(full.map { ($0.figureID, $0) }, uniquingKeysWith: { a, _ in a })
        return assessments.map { a in
            var a = a
            a.target = byID[a.target.figureID] ?? a.target
            a.evidence = a.evidence.map { byID[$0.figureID] ?? $0 }
            return a
        }
    }

    /// `conflicts` with their reports in full.
    public func hydrated(_ conflicts: [FigureConflict]) async throws -> [FigureConflict] {
        let full = try await details(of: conflicts.flatMap(\.observations))
        let byID = Dictionary(full.map { ($0.figureID, $0) }, uniquingKeysWith: { a, _ in a })
        return conflicts.map { c in
            var c = c
            c.observations = c.observations.map { byID[$0.figureID] ?? $0 }
            return c
        }
    }

    /// `indicator` with every observation in full.
    public func hydrated(_ indicator: Indicator) async throws -> Indicator {
        var indicator = indicator
        indicator.observations = try await details(of: indicator.observations)
        return indicator
    }

    static func observation(_ record: FigureRecord) -> Observation {
        Observation(figureID: record.id, figure: record.figure, year: record.year, quoteID: record.quoteID, quoteText: record.quoteText, heading: record.heading,
                    speaker: record.speaker, personID: record.personID, countries: record.countries, sessionID: record.sessionID, sessionTitle: record.sessionTitle,
                    event: record.event, date: record.date)
    }
}
