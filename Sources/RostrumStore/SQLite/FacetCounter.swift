/// Facet counts over every hit of a search: hits are counted by their three combination codes
/// (`FacetRow`), and the combinations are expanded into people, organisations, events, years,
/// kinds, topics and countries once, at the end.
///
/// Speakers, organisations and events are counted by id and named afterwards, only those that
/// can place in the top `SQLiteStore.facetLimit`; ties are resolved by value (UTF-8 byte order).
struct FacetCounter {
    private(set) var total = 0
    private var speakers: [Int32]
    private var settings: [Int32]
    private var tags: [Int32]
    static let yearCount = 10_000

    init(_ c: QuoteColumns) {
        speakers = [Int32](repeating: 0, count: c.speakers.values.count)
        settings = [Int32](repeating: 0, count: c.settings.values.count)
        tags = [Int32](repeating: 0, count: c.tags.values.count)
    }

    /// Counts the quotes in `slots` (valid slots of `c`), one read of a 12-byte row per hit.
    mutating func add(_ slots: [Int32], _ c: QuoteColumns) {
        total += slots.count
        slots.withUnsafeBufferPointer { slots in
            c.rows.withUnsafeBufferPointer { rows in
                speakers.withUnsafeMutableBufferPointer { speakers in
                    settings.withUnsafeMutableBufferPointer { settings in
                        tags.withUnsafeMutableBufferPointer { tags in
                            guard let rows = rows.baseAddress, let speakers = speakers.baseAddress,
                                  let settings = settings.baseAddress, let tags = tags.baseAddress else { return }
                            for s in slots {
                                let row = rows[Int(s)]
                                speakers[Int(row.speaker)] &+= 1
                                settings[Int(row.setting)] &+= 1
                                tags[Int(row.tags)] &+= 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The counts per value: years, kinds, topics and countries final, people, organisations and
    /// events as the ids that can place in the top `SQLiteStore.facetLimit` (named afterwards by
    /// `FacetTallies.facets`, which needs the database). Pure, so it may run off the reader's thread.
    func tallies(_ c: QuoteColumns) -> FacetTallies {
        guard total > 0 else { return FacetTallies() }
        var people = [Int32](repeating: 0, count: Int(c.maxPerson) + 1)
        var organizations = [Int32](repeating: 0, count: Int(c.maxOrganization) + 1)
        // Branch-free: most (person, organisation) pairs are not among the hits of a narrow search.
        speakers.withUnsafeBufferPointer { counts in
            c.speakers.values.withUnsafeBufferPointer { pairs in
                people.withUnsafeMutableBufferPointer { people in
                    organizations.withUnsafeMutableBufferPointer { organizations in
                        for code in 0..<min(counts.count, pairs.count) {
                            let n = counts[code], pair = pairs[code]
                            people[Int(pair.person)] &+= n
                            organizations[Int(pair.organization)] &+= n
                        }
                    }
                }
            }
        }
        var events = [Int32](repeating: 0, count: Int(c.maxEvent) + 1)
        var years = [Int32](repeating: 0, count: Self.yearCount)
        var kinds = [Int32](repeating: 0, count: c.kindNames.names.count)
        Self.expand(settings, c.settings.values) { setting, n in
            events[Int(setting.event)] += n
            let year = Int(setting.year)
            if year > 0, year < Self.yearCount { years[year] += n }
            kinds[Int(setting.kind)] += n
        }
        var topics = [Int32](repeating: 0, count: c.topicNames.names.count)
        var countries = [Int32](repeating: 0, count: c.countryNames.names.count)
        for (code, n) in tags.enumerated() where n > 0 {
            for i in Int(c.tagTopicStart[code])..<Int(c.tagTopicStart[code + 1]) { topics[Int(c.tagTopics[i])] += n }
            for i in Int(c.tagCountryStart[code])..<Int(c.tagCountryStart[code + 1]) { countries[Int(c.tagCountries[i])] += n }
        }
        var tallies = FacetTallies()
        tallies.total = total
        tallies.people = Self.candidates(people)
        tallies.organizations = Self.candidates(organizations)
        tallies.events = Self.everyCounted(events) ?? Self.candidates(events)
        tallies.years = Self.top(years.indices.compactMap { years[$0] > 0 ? (String($0), Int(years[$0])) : nil })
        tallies.kinds = Self.top(Self.coded(kinds, c.kindNames))
        tallies.topics = Self.top(Self.coded(topics, c.topicNames))
        tallies.countries = Self.top(Self.coded(countries, c.countryNames))
        return tallies
    }

    /// The ids (index 0 is "none" and not counted) counted at least as often as the
    /// `facetLimit`-th most frequent: ties at the cut-off are resolved by name, so every one of
    /// them must be named.
    private static func candidates(_ counts: [Int32]) -> [FacetTallies.Candidate] {
        let threshold = cutOff(counts)
        guard threshold > 0 else { return [] }
        var candidates: [FacetTallies.Candidate] = []
        for id in 1..<counts.count where counts[id] >= threshold { candidates.append(FacetTallies.Candidate(id: Int64(id), count: Int(counts[id]))) }
        return candidates
    }

    /// Every id counted, when there are few enough to name them all (events: the names of one
    /// forum in two languages are joined into one entry by `FacetTallies`, so an event below the
    /// cut-off can place once its other name's count is added); nil when there are too many.
    private static func everyCounted(_ counts: [Int32], limit: Int = 512) -> [FacetTallies.Candidate]? {
        var out: [FacetTallies.Candidate] = []
        for id in 1..<max(counts.count, 1) where counts[id] > 0 {
            if out.count == limit { return nil }
            out.append(FacetTallies.Candidate(id: Int64(id), count: Int(counts[id])))
        }
        return out
    }

    /// Calls `body` with each combination counted (`values[code]`) and its count.
    @inline(__always)
    private static func expand<T>(_ counts: [Int32], _ values: [T], _ body: (T, Int32) -> Void) {
        counts.withUnsafeBufferPointer { counts in
            values.withUnsafeBufferPointer { values in
                for code in 0..<min(counts.count, values.count) {
                    let n = counts[code]
                    if n > 0 { body(values[code], n) }
                }
            }
        }
    }

    private static func coded(_ counts: [Int32], _ book: CodeBook) -> [(String, Int)] {
        book.names.indices.compactMap { counts[$0] > 0 ? (book.names[$0], Int(counts[$0])) : nil }
    }

    /// The count of the `facetLimit`-th most frequent id (index 0 aside), or of the least frequent
    /// when fewer are counted; 0 when none is. One pass, holding the best counts sorted.
    static func cutOff(_ counts: [Int32]) -> Int32 {
        var best: [Int32] = []
        best.reserveCapacity(SQLiteStore.facetLimit + 1)
        counts.withUnsafeBufferPointer { counts in
            guard counts.count > 1 else { return }
            for id in 1..<counts.count {
                let n = counts[id]
                guard n > 0, best.count < SQLiteStore.facetLimit || n > best[best.count - 1] else { continue }
                var i = best.count
                while i > 0, best[i - 1] < n { i -= 1 }
                best.insert(n, at: i)
                if best.count > SQLiteStore.facetLimit { best.removeLast() }
            }
        }
        return best.last ?? 0
    }

    /// The most frequent values first, ties by value as SQLite orders text (by UTF-8 bytes).
    static func top(_ items: [(String, Int)]) -> [FacetCount] {
        items.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8)) }
            .prefix(SQLiteStore.facetLimit).map { FacetCount(value: $0.0, count: $0.1) }
    }
}
