import RostrumText

/// Finds which indicator a figure measures by looking for the lexicon's phrases in the words
/// before the figure in its sentence, then its subject, then the rest of its sentence; a target
/// may also take the section heading, then any phrase of the quote.
///
/// Phrases and text are compared as analyzer terms (folded stems), so «товарооборота» matches
/// «товарооборот» and "exports" matches "export".
public struct IndicatorMatcher: Sendable {
    private struct Phrase: Sendable {
        var indicator: Int
        var terms: [String]
    }

    private let analyzer = TextAnalyzer()
    private let phrases: [Phrase]
    /// Phrase indices by their first term.
    private let byFirst: [String: [Int]]
    /// The definitions, in lexicon order.
    public let definitions: [IndicatorDefinition]

    /// A matcher over `lexicon`.
    public init(lexicon: IndicatorLexicon) {
        definitions = lexicon.definitions
        var phrases: [Phrase] = []
        for (index, definition) in lexicon.definitions.enumerated() {
            for term in definition.terms {
                let terms = TextAnalyzer().terms(in: term)
                if !terms.isEmpty { phrases.append(Phrase(indicator: index, terms: terms)) }
            }
        }
        // Longer phrases first, so "agricultural exports" wins over "exports" at the same place.
        phrases.sort { $0.terms.count > $1.terms.count }
        self.phrases = phrases
        byFirst = Dictionary(grouping: phrases.indices, by: { phrases[$0].terms[0] })
    }

    /// One figure to match in a quote: where it stands, its subject and whether the rest of the
    /// quote may decide (targets).
    public struct FigureQuery: Sendable, Hashable {
        public var offset: Int?
        public var subject: String?
        public var wholeQuote: Bool
        /// The figure's unit: indicators that cannot be measured in it are passed over.
        public var unit: String?

        /// A query.
        public init(offset: Int?, subject: String?, wholeQuote: Bool, unit: String? = nil) {
            self.offset = offset
            self.subject = subject
            self.wholeQuote = wholeQuote
            self.unit = unit
        }
    }

    /// The indicator a figure at UTF-16 `offset` of `quote` measures, or nil. Only the figure's own
    /// sentence and subject count unless `wholeQuote`, which lets the heading and then the rest of
    /// the quote decide.
    public func indicator(forFigureAt offset: Int?, in quote: String, subject: String?, heading: String?,
                          wholeQuote: Bool = true, unit: String? = nil) -> IndicatorDefinition? {
        indicators(for: [FigureQuery(offset: offset, subject: subject, wholeQuote: wholeQuote, unit: unit)], in: quote, heading: heading).first ?? nil
    }

    /// The indicators of several figures of one quote (nil where none), analysing the quote once.
    public func indicators(for figures: [FigureQuery], in quote: String, heading: String?) -> [IndicatorDefinition?] {
        let tokens = analyzer.tokens(in: quote)
        let terms = tokens.map(\.term)
        let units = Array(quote.utf16)
        // The heading's and the whole quote's best phrase, by the figure unit they were found for.
        var headingMatch: [String: Int?] = [:]
        var quoteMatch: [String: Int?] = [:]
        return figures.map { query in
            let offset = query.offset
            let unit = query.unit
            let accepts = { (indicator: Int) in self.definitions[indicator].accepts(unit: unit) }
            if let offset {
                // The words of the figure's sentence before it, nearest first; then the rest of the sentence.
                let figureIndex = tokens.firstIndex { $0.utf16Offset >= offset } ?? tokens.count
                let sentenceStart = Self.sentenceStart(in: units, before: offset, tokens: tokens, limit: figureIndex)
                if let found = nearest(in: terms, range: sentenceStart..<figureIndex, preferEnd: true, accepts: accepts) { return definitions[found] }
                if let subject = query.subject, let found = best(in: analyzer.terms(in: subject), accepts: accepts) { return definitions[found] }
                let sentenceEnd = Self.sentenceEnd(in: units, after: offset, tokens: tokens, from: figureIndex)
                if let found = nearest(in: terms, range: figureIndex..<sentenceEnd, preferEnd: false, accepts: accepts) { return definitions[found] }
            } else if let subject = query.subject, let found = best(in: analyzer.terms(in: subject), accepts: accepts) {
                return definitions[found]
            }
            guard query.wholeQuote || offset == nil else { return nil }
            // The section's theme is a safer guess than a word elsewhere in the quote.
            let key = unit ?? ""
            if headingMatch[key] == nil { headingMatch[key] = .some(heading.flatMap { best(in: analyzer.terms(in: $0), accepts: accepts) }) }
            if let found = headingMatch[key] ?? nil { return definitions[found] }
            if quoteMatch[key] == nil { quoteMatch[key] = .some(best(in: terms, accepts: accepts)) }
            if let found = quoteMatch[key] ?? nil { return definitions[found] }
            return nil
        }
    }

    /// The definition with `id`.
    public func definition(id: String) -> IndicatorDefinition? {
        definitions.first { $0.id == id }
    }

    /// The phrase match closest to one end of `range` (the longest at equal distance), among the
    /// indicators that `accepts`.
    private func nearest(in terms: [String], range: Range<Int>, preferEnd: Bool, accepts: (Int) -> Bool) -> Int? {
        guard !range.isEmpty else { return nil }
        var bestMatch: (distance: Int, length: Int, indicator: Int)?
        for start in range {
            guard let candidates = byFirst[terms[start]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                let end = start + phrase.terms.count
                guard end <= range.upperBound, accepts(phrase.indicator), Array(terms[start..<end]) == phrase.terms else { continue }
                let distance = preferEnd ? range.upperBound - end : start - range.lowerBound
                if let current = bestMatch, (current.distance, -current.length) <= (distance, -phrase.terms.count) { break }
                bestMatch = (distance, phrase.terms.count, phrase.indicator)
                break
            }
        }
        return bestMatch?.indicator
    }

    /// The most specific (longest) phrase anywhere in `terms`, earliest on ties, among the
    /// indicators that `accepts`.
    private func best(in terms: [String], accepts: (Int) -> Bool) -> Int? {
        var bestMatch: (length: Int, indicator: Int)?
        for start in terms.indices {
            guard let candidates = byFirst[terms[start]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                let end = start + phrase.terms.count
                guard end <= terms.count, accepts(phrase.indicator), Array(terms[start..<end]) == phrase.terms else { continue }
                if let current = bestMatch, current.length >= phrase.terms.count { break }
                bestMatch = (phrase.terms.count, phrase.indicator)
                break
            }
        }
        return bestMatch?.indicator
    }

    /// The index of the first token of the sentence holding `offset`.
    private static func sentenceStart(in units: [UInt16], before offset: Int, tokens: [Token], limit: Int) -> Int {
        var position = min(offset, units.count) - 1
        while position >= 0 {
            let unit = units[position]
            if (unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x3B), position + 1 < units.count, units[position + 1] == 0x20 { break }
            position -= 1
        }
        let boundary = position + 1
        return tokens.firstIndex { $0.utf16Offset >= boundary }.map { min($0, limit) } ?? limit
    }

    /// The index after the last token of the sentence holding `offset`.
    private static func sentenceEnd(in units: [UInt16], after offset: Int, tokens: [Token], from: Int) -> Int {
        var position = max(offset, 0)
        while position < units.count {
            let unit = units[position]
            if (unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x3B), position + 1 >= units.count || units[position + 1] == 0x20 { break }
            position += 1
        }
        return tokens.firstIndex { $0.utf16Offset >= position }.map { max($0, from) } ?? tokens.count
    }
}
