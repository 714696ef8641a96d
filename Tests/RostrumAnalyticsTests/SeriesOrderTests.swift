import Foundation
import Testing
import RostrumAnalytics
import RostrumModel
import RostrumStore
import RostrumTestSupport

/// The figure tracker reads the assigned figures in series order, in ranges read at once; however
/// the ranges fall, the indicators must be those of grouping every figure by indicator, scope, unit
/// and measure and ordering each series in time (unknown years last).
@Suite("Indicators read in series order")
struct SeriesOrderTests {
    private static let countries = [["CN", "RU"], ["KR"], ["RU"], [], ["CN", "KR"], ["IN", "RU"]]

    /// Forty sessions of trade, export and investment figures: levels, targets, counts, changes and
    /// shares about several countries, some sessions undated (figures without a year).
    private func corpus() -> [ExtractedDocument] {
        (0..<40).map { n in
            let year = 2012 + n % 9
            let dated = n % 7 != 3
            let countries = Self.countries[n % Self.countries.count]
            let partner = countries.first { $0 != "RU" }.map { ["CN": "China", "KR": "Korea", "IN": "India"][$0] ?? "" } ?? "our partners"
            let level = Double(40 + (n * 7) % 60)
            let quotes = [
                ("Trade turnover with \(partner) reached $\(Int(level)) billion.",
                 Figure(surface: "$\(Int(level)) billion", value: level * 1e9, unit: "USD", kind: .level, year: dated ? year - 1 : nil)),
                ("We set the target of $\(Int(level) + 50) billion of trade turnover with \(partner) by \(year + 4).",
                 Figure(surface: "$\(Int(level) + 50) billion", value: (level + 50) * 1e9, unit: "USD", kind: .target, year: year + 4)),
                ("Exports to \(partner) grew by \(n % 12 + 1)% last year.",
                 Figure(surface: "\(n % 12 + 1)%", value: Double(n % 12 + 1), unit: "percent", kind: .change, year: dated ? year - 1 : nil)),
                ("Foreign investment in the region came to $\(n + 3) billion.",
                 Figure(surface: "$\(n + 3) billion", value: Double(n + 3) * 1e9, unit: "USD", kind: .level)),
            ]
            let section = Section(heading: "Trade and investment", kind: .conclusion, quotes: quotes.map { text, figure in
                var figure = figure
                if let range = text.range(of: figure.surface) { figure.offset = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound) }
                return Quote(text: text, speaker: Speaker(name: "Speaker \(n % 5)", position: "Director"), figures: [figure], countries: countries)
            })
            return ExtractedDocument(title: "Session \(n)", language: .en, event: "Forum \(year)", date: dated ? "\(year)-09-0\(n % 9 + 1)" : nil,
                                     sections: [section])
        }
    }

    /// The indicators as a plain grouping of every assigned figure makes them.
    private func expected(_ rows: [IndicatorFigure], lexicon: IndicatorLexicon) -> [String: [Int64]] {
        let known = Set(lexicon.definitions.map(\.id))
        var groups: [String: [IndicatorFigure]] = [:]
        for row in rows where known.contains(row.indicator) {
            guard let measure = Measure(row.figure.kind) else { continue }
            groups[Indicator.id(definition: row.indicator, scope: row.scope, unit: row.figure.unit, measure: measure), default: []].append(row)
        }
        return groups.mapValues { rows in
            rows.sorted { a, b in
                let (ya, yb) = (a.year ?? Int.max, b.year ?? Int.max)
                if ya != yb { return ya < yb }
                if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") < (b.date ?? "") }
                return a.id < b.id
            }.map(\.id)
        }
    }

    @Test func everyWayOfSplittingTheRangesGivesTheSameIndicators() async throws {
        let dir = try TestScratch.directory("rostrum-series")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        for (n, document) in corpus().enumerated() { _ = try await store.ingest(document, raw: "session \(n)", source: "s\(n)") }
        let lexicon = try IndicatorLexicon.bundled()
        try await IndicatorIndexer(store: store, lexicon: lexicon).run()

        let expected = expected(try await store.indicatorFigures(), lexicon: lexicon)
        #expect(expected.count >= 8, "several indicators, scopes and measures: \(expected.keys.sorted())")
        #expect(expected.values.contains { $0.count > 10 })
        for parts in [1, 2, 3, 7] {
            let indicators = try await IndicatorBuilder.indicators(in: store, definitions: lexicon.definitions, parts: parts)
            #expect(Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, $0.observations.map(\.figureID)) }) == expected, "\(parts) parts")
            #expect(indicators.map(\.observations.count) == indicators.map(\.observations.count).sorted(by: >), "the best documented first")
        }
        // Figures of undated sessions have no year and come last in their series.
        let undated = try #require(try await IndicatorBuilder.indicators(in: store, definitions: lexicon.definitions, parts: 2)
            .first { $0.observations.contains { $0.year == nil } })
        let years = undated.observations.map(\.year)
        #expect(years.last == .some(nil) && years.first != .some(nil))

        // The tracker judges the same indicators: the trade targets are assessed and the snapshot lists them.
        let snapshot = try await FigureTracker(store: store, lexicon: lexicon, asOfYear: 2026).snapshot()
        #expect(Set(snapshot.indicators.map(\.id)) == Set(expected.keys))
        #expect(snapshot.targets.count == snapshot.indicators.reduce(0) { $0 + $1.targets.count })
        #expect(snapshot.targets.count >= 30)
        let keys = snapshot.targets.map { ($0.target.year ?? 0, $0.target.figureID) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "targets by year, then figure")
    }
}
