import RostrumText

/// A compiled lexicon: phrases as analyzer terms, looked up by their first term.
///
/// Built once from a taxonomy and a gazetteer; matching is one left-to-right pass over the
/// tokens with one hash lookup per token, shared by all channels (topics, countries). Within a
/// channel, the longest phrase matching at a position wins and its tokens are consumed, so
/// "trade turnover" is not also "trade" and "Latin America" (an ignored phrase) is not also
/// "America"; channels do not consume each other's tokens ("Russian Railways" is transport
/// and still names Russia).
struct PhraseLexicon: Sendable {
    /// One phrase: what it points at, how much it weighs, and the terms after the first.
    struct Entry: Sendable {
        /// Index of the topic or country; `ignored` for phrases that only consume tokens.
        var target: Int
        var weight: Int
        /// The terms after the first one.
        var rest: [String]
        /// The indices of `rest` in the lexicon's `terms` set.
        var restIndices: [Int] = []
        /// Case rules per token (first one included); nil when no token has a rule.
        var cases: [CaseRule]?

        var length: Int { rest.count + 1 }
    }

    /// Target of phrases that are matched only to stop shorter phrases inside them.
    static let ignored = -1

    /// How many independent channels the lexicon matches.
    let channels: Int
    /// First terms → slot; a slot's entries for channel `c` are `entries[ranges[slot * channels + c]]`.
    private let table: TermTable
    /// Entry ranges per slot and channel, longest phrase first within each range.
    private let ranges: [Range<Int>]
    private let entries: [Entry]
    /// Every term of every phrase, for `TextAnalyzer.hits(in:of:)`.
    let terms: TermSet
    /// Per index in `terms`: the slot of phrases starting with that term, or -1.
    private let slotOfTerm: [Int32]
    /// `ranges` as the scan over hits reads them: range `r` is `bounds[r]..<bounds[r + 1]` (the
    /// ranges follow one another), four bytes a range instead of sixteen, so that the lexicon
    /// the scan touches stays small in the cache.
    private let bounds: [Int32]
    /// `entries` laid out without references, for the scan over hits: copying an `Entry` retains
    /// its arrays, which showed in the profile.
    private let flat: [FlatEntry]
    /// The `restIndices` of all entries, one after another (`FlatEntry.restStart`).
    private let restTerms: [Int32]
    /// The `cases` of the entries that have them, one after another (`FlatEntry.caseStart`).
    private let caseRules: [CaseRule]

    /// An `Entry` as plain numbers: what the scan over hits reads.
    struct FlatEntry: Sendable {
        var target: Int32
        var weight: Int32
        /// Tokens in the phrase (the first included).
        var length: Int32
        /// Where the entry's later terms start in `restTerms`.
        var restStart: Int32
        /// Where the entry's case rules start in `caseRules`, -1 when it has none.
        var caseStart: Int32
    }

    /// A lexicon of the phrases added to `builder`.
    init(_ builder: Builder) {
        channels = builder.channels
        var grouped: [String: [[Entry]]] = [:]
        var order: [String] = []
        for phrase in builder.phrases {
            if grouped[phrase.first] == nil {
                order.append(phrase.first)
                grouped[phrase.first] = Array(repeating: [], count: channels)
            }
            grouped[phrase.first]?[phrase.channel].append(phrase.entry)
        }
        var ranges: [Range<Int>] = []
        var entries: [Entry] = []
        for first in order {
            for list in grouped[first] ?? [] {
                // Longest first, so that a scan can stop at the first shorter entry after a match.
                let sorted = list.enumerated().sorted { lhs, rhs in
                    lhs.element.length != rhs.element.length
                        ? lhs.element.length > rhs.element.length : lhs.offset < rhs.offset
                }.map(\.element)
                ranges.append(entries.count..<(entries.count + sorted.count))
                entries.append(contentsOf: sorted)
            }
        }
        table = TermTable(order)
        self.ranges = ranges
        // First terms (in slot order) are anchors; the later terms of phrases are continuations.
        var continuations: [String] = []
        var known = Set(order)
        for entry in entries {
            for term in entry.rest where known.insert(term).inserted { continuations.append(term) }
        }
        let terms = TermSet(order, continuations: continuations)
        self.terms = terms
        slotOfTerm = terms.terms.indices.map { $0 < order.count ? Int32($0) : -1 }
        bounds = ranges.map { Int32($0.lowerBound) } + [Int32(entries.count)]
        let indexed = entries.map { entry in
            var entry = entry
            entry.restIndices = entry.rest.map { terms.index(of: $0) ?? -1 }
            return entry
        }
        self.entries = indexed
        var flat: [FlatEntry] = []
        var restTerms: [Int32] = []
        var caseRules: [CaseRule] = []
        for entry in indexed {
            var caseStart: Int32 = -1
            if let cases = entry.cases {
                caseStart = Int32(caseRules.count)
                caseRules.append(contentsOf: cases)
            }
            flat.append(FlatEntry(target: Int32(entry.target), weight: Int32(entry.weight), length: Int32(entry.length),
                                  restStart: Int32(restTerms.count), caseStart: caseStart))
            restTerms.append(contentsOf: entry.restIndices.map { Int32($0) })
        }
        self.flat = flat
        self.restTerms = restTerms
        self.caseRules = caseRules
    }

    /// Collects phrases before they are compiled into a lexicon.
    struct Builder {
        let analyzer: TextAnalyzer
        let channels: Int
        fileprivate var phrases: [(first: String, channel: Int, entry: Entry)] = []
        private var positions: [String: Int] = [:]

        init(analyzer: TextAnalyzer, channels: Int) {
            self.analyzer = analyzer
            self.channels = channels
        }

        /// Adds `phrase` for `target` in `channel` as the analyzer sees it; the same phrase added
        /// again for the same target keeps the larger weight. Phrases without terms are skipped.
        mutating func add(_ phrase: String, channel: Int, target: Int, weight: Int) {
            let tokens = analyzer.tokens(in: phrase)
            guard let first = tokens.first, (0..<channels).contains(channel) else { return }
            let rules = tokens.map { CaseRule(pattern: $0.surface) }
            var key = "\(channel)\u{1F}\(target)"
            for token in tokens { key += "\u{1F}" + token.term }
            for rule in rules { key += "\u{1F}\(rule.rawValue)" }
            if let position = positions[key] {
                phrases[position].entry.weight = max(phrases[position].entry.weight, weight)
                return
            }
            let cases: [CaseRule]? = rules.allSatisfy { $0 == .any } ? nil : rules
            positions[key] = phrases.count
            let entry = Entry(target: target, weight: weight, rest: tokens.dropFirst().map(\.term), cases: cases)
            phrases.append((first.term, channel, entry))
        }
    }

    /// Calls `visit(channel, target, weight, tokenIndex)` for every longest match of every
    /// channel in `wanted`, left to right.
    func scan(
        _ tokens: [Token], channels wanted: [Int],
        _ visit: (_ channel: Int, _ target: Int, _ weight: Int, _ position: Int) -> Void
    ) {
        let count = tokens.count
        // Per channel: the first token not yet consumed by a match.
        var free = [Int](repeating: 0, count: channels)
        for index in 0..<count {
            guard let slot = table.value(of: tokens[index].term) else { continue }
            for channel in wanted where free[channel] <= index {
                var matched = 0
                for entry in entries[ranges[slot * channels + channel]] {
                    let length = entry.length
                    if length < matched { break }
                    if index + length > count || !Self.matches(entry, tokens, at: index) { continue }
                    matched = length
                    visit(channel, entry.target, entry.weight, index)
                }
                if matched > 0 { free[channel] = index + matched }
            }
        }
    }

    /// Calls `visit(channel, target, weight, tokenOrdinal)` for every longest match of every
    /// channel in `wanted`, left to right, over the hits of `terms` in a text (from the same
    /// analyzer) whose UTF-8 is `text`, for case rules. Same matches as `scan(_:channels:_:)`
    /// over the text's tokens.
    func scan(
        hits: [TermHit], text: UnsafeBufferPointer<UInt8>, channels wanted: [Int],
        _ visit: (_ channel: Int, _ target: Int, _ weight: Int, _ position: Int) -> Void
    ) {
        let count = hits.count
        // Per channel: the first token ordinal not yet consumed by a match. Two channels (the
        // tagger's) live in locals; more take an array.
        var free0 = 0, free1 = 0
        var more = channels > 2 ? [Int](repeating: 0, count: channels) : []
        for index in 0..<count {
            let slot = Int(slotOfTerm[hits[index].term])
            guard slot >= 0 else { continue }
            let position = hits[index].token
            for channel in wanted {
                let free = channel == 0 ? free0 : channel == 1 ? free1 : more[channel]
                guard free <= position else { continue }
                var matched = 0
                let r = slot * channels + channel
                for e in Int(bounds[r])..<Int(bounds[r + 1]) {
                    let entry = flat[e]
                    let length = Int(entry.length)
                    if length < matched { break }
                    if index + length > count || !matches(entry, hits, at: index, text: text) { continue }
                    matched = length
                    visit(channel, Int(entry.target), Int(entry.weight), position)
                }
                if matched > 0 {
                    if channel == 0 { free0 = position + matched } else if channel == 1 { free1 = position + matched } else { more[channel] = position + matched }
                }
            }
        }
    }

    /// Whether `entry` matches the hits from `index` on: consecutive tokens with its terms, each
    /// spelled as its case rule demands.
    @inline(__always)
    private func matches(_ entry: FlatEntry, _ hits: [TermHit], at index: Int, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = hits[index].token
        let length = Int(entry.length)
        let restStart = Int(entry.restStart)
        var offset = 1
        while offset < length {
            let hit = hits[index + offset]
            if hit.term != Int(restTerms[restStart + offset - 1]) || hit.token != start + offset { return false }
            offset += 1
        }
        if entry.caseStart >= 0 {
            let caseStart = Int(entry.caseStart)
            for offset in 0..<length {
                let range = hits[index + offset].utf8Range
                if !caseRules[caseStart + offset].admits(utf8: UnsafeBufferPointer(rebasing: text[range])) { return false }
            }
        }
        return true
    }

    private static func matches(_ entry: Entry, _ tokens: [Token], at index: Int) -> Bool {
        var position = index + 1
        for term in entry.rest {
            if tokens[position].term != term { return false }
            position += 1
        }
        if let cases = entry.cases {
            for (offset, rule) in cases.enumerated() where !rule.admits(tokens[index + offset].surface) {
                return false
            }
        }
        return true
    }
}
