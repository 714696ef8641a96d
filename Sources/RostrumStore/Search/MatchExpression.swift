import RostrumText

/// The FTS5 MATCH text of a query, built from analyzer terms only.
///
/// User text never reaches SQL: words are analysed into terms, each term is written as an FTS5
/// string ("…", quotes doubled), and the whole expression is bound as a parameter. Stop words
/// are dropped from plain words when other words remain; phrases keep them.
struct MatchExpression: Sendable, Hashable {
    /// What hits must match; nil when the query has no text to match.
    var positive: String?
    /// What hits must not match; nil when nothing is excluded.
    var negative: String?
    /// The same conditions as phrases of analyzer terms: every group must match (one of its phrases).
    var required: [[Phrase]] = []
    /// Phrases no hit may match.
    var excluded: [Phrase] = []

    /// Analyzer terms that must follow each other in one column; the last is a prefix when `prefix`.
    struct Phrase: Sendable, Hashable {
        var terms: [String]
        var prefix: Bool
        /// The columns where the phrase counts, a bit each (1 text, 2 speaker, 4 heading, 8 title):
        /// all of them for what a query asks, the quote's own text and speaker for an exclusion,
        /// the speaker alone for another spelling of a person's name (`NameSpellings`).
        var columns: UInt8 = Self.allColumns

        static let allColumns: UInt8 = 0b1111
        /// Quote text and speaker.
        static let ownColumns: UInt8 = 0b0011
        static let speakerColumn: UInt8 = 0b0010
    }

    /// For each group of `required`, the folded single words typed in it (not phrases or prefixes):
    /// the words a person's name may be made of (`NameSpellings`).
    var words: [[String]] = []
    /// The folded single words excluded (for the other spellings of a name, as in `words`).
    var excludedWords: [String] = []

    init(_ query: SearchQuery, analyzer: TextAnalyzer = TextAnalyzer()) {
        let contentWords = query.required.joined().filter {
            if case .word(let w) = $0 { return !Self.isStopWord(w, analyzer) }
            return true
        }.count
        var groups: [String] = []
        for group in query.required {
            let kept = group.filter { condition in
                if case .word(let w) = condition, contentWords > 0, group.count == 1, Self.isStopWord(w, analyzer) { return false }
                return true
            }.flatMap(Self.spellings)
            var alternatives: [String] = []
            var phrases: [Phrase] = []
            words.append(kept.compactMap { condition in
                guard case .word(let text) = condition else { return nil }
                let tokens = analyzer.tokens(in: text)
                return tokens.count == 1 && tokens[0].kind == .word ? tokens[0].folded : nil
            })
            for condition in kept {
                for phrase in Self.phrases(condition, analyzer) where !phrases.contains(phrase) {
                    alternatives.append(Self.expression(phrase))
                    phrases.append(phrase)
                }
            }
            guard !alternatives.isEmpty else {
                words.removeLast()
                continue
            }
            required.append(phrases)
            groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        // An exclusion looks at what the quote itself holds (its text and its speaker), not at the
        // heading and title it shares with its neighbours: "-tourism" drops the quotes that speak
        // of tourism, not every quote of a session whose title names it.
        var excluded: [String] = []
        excludedWords = query.excluded.compactMap { condition in
            guard case .word(let text) = condition else { return nil }
            let tokens = analyzer.tokens(in: text)
            return tokens.count == 1 && tokens[0].kind == .word ? tokens[0].folded : nil
        }
        for condition in query.excluded.flatMap(Self.spellings) {
            for var phrase in Self.phrases(condition, analyzer) {
                phrase.columns = Phrase.ownColumns
                guard !self.excluded.contains(phrase) else { continue }
                // The MATCH text keeps FTS5's plain form (it names the query in caches and
                // tests over one-column indexes); the column limit lives in the phrase.
                excluded.append(Self.expression(phrase))
                self.excluded.append(phrase)
            }
        }
        positive = groups.isEmpty ? nil : groups.joined(separator: " AND ")
        negative = excluded.isEmpty ? nil : excluded.joined(separator: " OR ")
        if let p = positive, let n = negative {
            positive = "(" + p + ") NOT (" + n + ")"
            negative = nil
        }
    }

    /// `condition` and its other spellings as a compound (`CompoundForms`): "ecommerce" also as
    /// "e commerce", "e-mail" also as "email".
    static func spellings(_ condition: TextCondition) -> [TextCondition] {
        switch condition {
        case .word(let text): [condition] + CompoundForms.variants(of: text).map { $0.contains(" ") ? .phrase($0) : .word($0) }
        case .phrase(let text): [condition] + CompoundForms.variants(of: text).map(TextCondition.phrase)
        case .prefix(let text): [condition] + CompoundForms.variants(of: text).map(TextCondition.prefix)
        }
    }

    /// True when the query had text but none of it made a term (only punctuation): nothing can match.
    static func matchesNothing(_ query: SearchQuery, _ expression: MatchExpression) -> Bool {
        query.hasText && expression.positive == nil
    }

    private static func isStopWord(_ word: String, _ analyzer: TextAnalyzer) -> Bool {
        let tokens = analyzer.tokens(in: word)
        return tokens.count == 1 && analyzer.isStopWord(tokens[0].folded)
    }

    /// The FTS5 MATCH text of `phrase`.
    private static func expression(_ phrase: Phrase) -> String {
        quoted(phrase.terms) + (phrase.prefix ? " *" : "")
    }

    /// The phrases of `condition`: one for a word or phrase; for a prefix, the one `prefixTerm`
    /// chooses and, when the stem is not simply shorter than what was typed, also the typed
    /// letters themselves («кузнец*» is the stem «кузнц» after its fleeting vowel, which misses
    /// «Кузнецова»; «сорок*» must still find «Сорокин»), so that a prefix never finds less
    /// than the words that begin with it.
    static func phrases(_ condition: TextCondition, _ analyzer: TextAnalyzer) -> [Phrase] {
        switch condition {
        case .word(let text), .phrase(let text):
            let terms = analyzer.tokens(in: text).map(\.term)
            return terms.isEmpty ? [] : [Phrase(terms: terms, prefix: false)]
        case .prefix(let text):
            let tokens = analyzer.tokens(in: text)
            guard let last = tokens.last else { return [] }
            let head = tokens.dropLast().map(\.term)
            let chosen = prefixTerm(last)
            var out = [Phrase(terms: head + [chosen], prefix: true)]
            if last.kind == .word, !last.folded.hasPrefix(chosen) {
                out.append(Phrase(terms: head + [last.folded], prefix: true))
            }
            return out
        }
    }

    /// The index term a typed prefix is matched against. The index holds stems, so a stem that the
    /// typed prefix starts with reaches more words ("investing*" → "invest"); so does a stem that
    /// differs from it only in its last two letters, where stemmers change a word rather than cut it
    /// ("company*" → "compani", «рынок*» → «рынк», «продавец*» → «продавц»). Otherwise the folded prefix.
    static func prefixTerm(_ token: Token) -> String {
        let folded = token.folded, term = token.term
        if folded.hasPrefix(term) { return term }
        if term.count >= 4, folded.hasPrefix(term.dropLast(2)) { return term }
        return folded
    }

    private static func quoted(_ terms: [String]) -> String {
        "\"" + terms.map { $0.replacingQuotes }.joined(separator: " ") + "\""
    }
}

extension String {
    fileprivate var replacingQuotes: String {
        guard contains("\"") else { return self }
        var out = ""
        for c in self { out += c == "\"" ? "\"\"" : String(c) }
        return out
    }
}
