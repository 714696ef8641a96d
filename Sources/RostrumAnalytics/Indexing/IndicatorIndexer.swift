public import RostrumStore

/// Matches each stored figure's indicator and scope once, after it is stored, and keeps them in
/// the store, so the figure tracker groups figures without reading quote text again.
///
/// Incremental and resumable: it reads only the figures without an assignment (keyset pages by
/// id), matches a page on all cores and writes the page's assignments in one transaction. An
/// interrupted run leaves whole pages done and the rest pending. A different lexicon (by
/// `stamp(of:)`) makes every figure pending again.
public struct IndicatorIndexer: Sendable {
    /// How far a run has got: figures assigned so far and the figures pending when it started.
    public struct Progress: Sendable, Hashable {
        public var done: Int
        public var total: Int

        /// A progress report.
        public init(done: Int, total: Int) {
            self.done = done
            self.total = total
        }
    }

    private let store: any Store
    private let matcher: IndicatorMatcher
    private let stamp: Int64

    /// An indexer writing to `store` with the phrases of `lexicon`.
    public init(store: any Store, lexicon: IndicatorLexicon) {
        self.store = store
        matcher = IndicatorMatcher(lexicon: lexicon)
        stamp = Self.stamp(of: lexicon)
    }

    /// Assigns every pending figure, `pageSize` at a time, calling `progress` after each page.
    /// - Returns: how many figures were assigned.
    @discardableResult
    public func run(pageSize: Int = 20_000, progress: (@Sendable (Progress) -> Void)? = nil) async throws -> Int {
        try await store.useIndicatorLexicon(stamp: stamp)
        var total = 0
        if progress != nil { total = try await store.pendingFigureCount() }
        var done = 0
        var last: Int64 = 0
        while true {
            let page = try await store.pendingFigures(after: last, limit: pageSize)
            guard let end = page.last?.id else { break }
            try await store.assignIndicators(await assignments(page))
            done += page.count
            last = end
            progress?(Progress(done: done, total: max(total, done)))
            if page.count < pageSize { break }
        }
        return done
    }

    /// The assignments of `page`, matched in slices on all cores; figures of one quote stay in one
    /// slice so that the quote is analysed once.
    func assignments(_ page: [PendingFigure]) async -> [FigureAssignment] {
        let slices = Self.slices(page, count: page.count < 2_000 ? 1 : 4)
        guard slices.count > 1 else { return slices.flatMap(match) }
        return await withTaskGroup(of: (Int, [FigureAssignment]).self) { group in
            for (index, slice) in slices.enumerated() {
                group.addTask { (index, self.match(slice)) }
            }
            var parts: [(Int, [FigureAssignment])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// The assignments of `figures`, quote by quote.
    func match(_ figures: ArraySlice<PendingFigure>) -> [FigureAssignment] {
        var result: [FigureAssignment] = []
        result.reserveCapacity(figures.count)
        var start = figures.startIndex
        while start < figures.endIndex {
            var end = start + 1
            while end < figures.endIndex, figures[end].quoteID == figures[start].quoteID { end += 1 }
            let group = figures[start..<end]
            let first = figures[start]
            let queries = group.map { IndicatorMatcher.FigureQuery(offset: $0.figure.offset, subject: $0.figure.subject, wholeQuote: $0.figure.kind == .target,
                                                                      unit: $0.figure.unit) }
            let found = matcher.indicators(for: queries, in: first.quoteText, heading: first.heading)
            let scope = Observation.scope(of: first.countries)
            for (pending, definition) in zip(group, found) {
                // Durations track nothing over time: they get a row (so they are not pending) without an indicator.
                let indicator = Measure(pending.figure.kind) == nil ? nil : definition?.id
                result.append(FigureAssignment(figureID: pending.id, indicator: indicator, scope: scope))
            }
            start = end
        }
        return result
    }

    /// `page` cut into about `count` slices at quote boundaries.
    static func slices(_ page: [PendingFigure], count: Int) -> [ArraySlice<PendingFigure>] {
        guard count > 1, !page.isEmpty else { return [page[...]] }
        var slices: [ArraySlice<PendingFigure>] = []
        let size = (page.count + count - 1) / count
        var start = 0
        while start < page.count {
            var end = min(start + size, page.count)
            while end < page.count, page[end].quoteID == page[end - 1].quoteID { end += 1 }
            slices.append(page[start..<end])
            start = end
        }
        return slices
    }

    /// A fingerprint of `lexicon` (FNV-1a over its ids and phrases): assignments made with another
    /// lexicon are redone.
    public static func stamp(of lexicon: IndicatorLexicon) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1f
            hash = hash &* 0x100_0000_01b3
        }
        for definition in lexicon.definitions {
            mix(definition.id)
            definition.terms.forEach(mix)
            if let units = definition.units {
                mix("units:")
                units.forEach(mix)
            }
        }
        // Never 0, the value of a database whose figures were never matched.
        return Int64(bitPattern: hash | 1)
    }
}
