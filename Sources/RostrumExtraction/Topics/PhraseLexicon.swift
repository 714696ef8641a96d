import RostrumText

/// A compiled lexicon: phrases as analyzer terms, looked up by their first term.
///
/// Built once from a taxonomy or a gazetteer; matching is one left-to-right pass over the
/// tokens with one dictionary lookup per token. At each position the longest matching phrase
/// wins and its tokens are consumed, so "trade turnover" is not also "trade", and
/// "Latin America" (an ignored phrase) is not also "America".
struct PhraseLexicon: Sendable {
    /// One phrase: what it points at, how much it weighs, and the terms after the first.
    struct Entry: Sendable {
        /// Index of the topic or country; `ignored` for phrases that only consume tokens.
        var target: Int
        var weight: Int
        /// The terms after the first one.
        var rest: [String]
        /// Case rules per token (first one included); nil when no token has a rule.
        var cases: [CaseRule]?

        var length: Int { rest.count + 1 }
    }

    /// Target of phrases that are matched only to stop shorter phrases inside them.
    static let ignored = -1

    private let entries: [String: [Entry]]

    /// A lexicon of the phrases added to `builder`.
    init(_ builder: Builder) {
        var grouped: [String: [Entry]] = [:]
        for (first, entry) in builder.phrases {
            grouped[first, default: []].append(entry)
        }
        // Longest first, so that a scan can stop at the first shorter entry after a match.
        entries = grouped.mapValues { list in
            list.enumerated().sorted { lhs, rhs in
                lhs.element.length != rhs.element.length
                    ? lhs.element.length > rhs.element.length : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    /// Whether the lexicon holds no phrase at all.
    var isEmpty: Bool { entries.isEmpty }

    /// Collects phrases before they are compiled into a lexicon.
    struct Builder {
        let analyzer: TextAnalyzer
        fileprivate var phrases: [(String, Entry)] = []
        private var positions: [String: Int] = [:]

        init(analyzer: TextAnalyzer) { self.analyzer = analyzer }

        /// Adds `phrase` for `target` as the analyzer sees it; the same phrase added again for the
        /// same target keeps the larger weight. Phrases without terms are skipped.
        mutating func add(_ phrase: String, target: Int, weight: Int) {
            let tokens = analyzer.tokens(in: phrase)
            guard let first = tokens.first else { return }
            let rules = tokens.map { CaseRule(pattern: $0.surface) }
            var key = "\(target)"
            for token in tokens { key += "\u{1F}" + token.term }
            for rule in rules { key += "\u{1F}\(rule.rawValue)" }
            if let position = positions[key] {
                phrases[position].1.weight = max(phrases[position].1.weight, weight)
                return
            }
            let cases: [CaseRule]? = rules.allSatisfy { $0 == .any } ? nil : rules
            positions[key] = phrases.count
            phrases.append((first.term, Entry(target: target, weight: weight, rest: tokens.dropFirst().map(\.term), cases: cases)))
        }
    }

    /// Calls `visit(target, weight, tokenIndex)` for every longest match, left to right.
    func scan(_ tokens: [Token], _ visit: (_ target: Int, _ weight: Int, _ position: Int) -> Void) {
        let count = tokens.count
        var index = 0
        while index < count {
            guard let list = entries[tokens[index].term] else {
                index += 1
                continue
            }
            var matched = 0
            for entry in list {
                let length = entry.length
                if length < matched { break }
                if index + length > count || !Self.matches(entry, tokens, at: index) { continue }
                matched = length
                visit(entry.target, entry.weight, index)
            }
            index += max(matched, 1)
        }
    }

    private static func matches(_ entry: Entry, _ tokens: [Token], at index: Int) -> Bool {
        for (offset, term) in entry.rest.enumerated() where tokens[index + 1 + offset].term != term {
            return false
        }
        if let cases = entry.cases {
            for (offset, rule) in cases.enumerated() where !rule.admits(tokens[index + offset].surface) {
                return false
            }
        }
        return true
    }
}

/// What capitalisation a lexicon token demands of the text.
///
/// A lexicon entry written "US" must not match the pronoun "us", and "Turkey" must not match
/// the bird: a capitalised word in the lexicon needs a capital in the text, an all-capitals
/// abbreviation needs all capitals. Lower-case lexicon words match any case.
enum CaseRule: UInt8, Sendable {
    case any, capitalized, upper

    /// The rule that the lexicon spelling `pattern` implies.
    init(pattern: String) {
        var letters = 0
        var firstUpper = false
        var anyLower = false
        for scalar in pattern.unicodeScalars where scalar.properties.isAlphabetic {
            if letters == 0 { firstUpper = scalar.properties.isUppercase }
            if scalar.properties.isLowercase { anyLower = true }
            letters += 1
        }
        if !firstUpper {
            self = .any
        } else if letters >= 2 && !anyLower {
            self = .upper
        } else {
            self = .capitalized
        }
    }

    /// Whether the text spelling `surface` satisfies the rule.
    func admits(_ surface: String) -> Bool {
        switch self {
        case .any:
            return true
        case .capitalized:
            return surface.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase ?? false
        case .upper:
            var sawLetter = false
            for scalar in surface.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                sawLetter = true
            }
            return sawLetter
        }
    }
}
