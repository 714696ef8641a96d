public import RostrumModel
public import RostrumExtraction
import RostrumText

/// Writes the digest of a speaker-turn transcript itself: thematic sections with short headings,
/// and under each the most informative passages, verbatim, attributed to their speakers.
///
/// Input is the `ExtractedDocument` the pipeline makes of a transcript: every speaker's turn
/// paragraph is a quote whose speaker already carries the position and organisation from the
/// participants list, and the moderator's turns are narrative, so they are never quoted. The
/// digester splits quotes into sentences, scores each (`PassageScorer`: figures, proposals and
/// named entities up; greetings, thanks, procedure, hedges, references and questions down),
/// then picks the best sentences greedily while the digest's Markdown fits the budget, skipping
/// near-duplicates of passages already chosen (overlap of analyzer terms). Chosen sentences that
/// are adjacent in one turn become one passage. Passages go under the taxonomy label of their
/// topic, sections in order of first mention, passages in transcript order. Extractive only:
/// every passage is a substring of the speaker's own turn.
public struct TranscriptDigester: Sendable {
    /// The digest's Markdown length as a share of the transcript's length.
    public let budget: Double
    private let tagger: TopicTagger
    private let analyzer = TextAnalyzer()
    private let scorer = PassageScorer()
    private let markdown = MarkdownDigest()

    /// Two passages whose analyzer terms overlap this much (of the smaller set) say the same thing.
    static let duplicateOverlap = 0.75

    /// A digester with a budget (default a tenth of the transcript) and the bundled taxonomy.
    public init(budget: Double = 0.1, tagger: TopicTagger = TopicTagger()) {
        self.budget = budget
        self.tagger = tagger
    }

    /// One candidate sentence.
    private struct Candidate {
        var quote: Int
        var sentence: Int
        var range: Range<String.Index>
        var length: Int
        var score: Double
        var terms: Set<String>
        var topic: String?
    }

    /// One passage of the digest: a run of chosen sentences of one quote.
    private struct Passage {
        var quote: Int
        var first: Int
        var range: Range<String.Index>
        var score: Double
        var topic: String?
    }

    /// The digest of `document`; `transcriptLength` is the transcript's length in Unicode scalars
    /// (when nil, it is estimated from the document's quotes and paragraphs).
    public func digest(_ document: ExtractedDocument, transcriptLength: Int? = nil) -> TranscriptDigest {
        let quotes = document.sections.flatMap(\.quotes).filter { $0.speaker != nil && !$0.indirect }
        let total = transcriptLength ?? Self.estimatedLength(document)
        let limit = Int((Double(total) * budget).rounded(.down))

        // Score every sentence of every turn.
        var candidates: [Candidate] = []
        for (qi, quote) in quotes.enumerated() {
            let offsets = quote.figures.compactMap(\.offset)
            for (si, range) in SentenceSplitter.sentences(in: quote.text).enumerated() {
                let text = quote.text[range]
                var signals = PassageScorer.Signals()
                scorer.markers(in: text, into: &signals)
                let lo = quote.text.utf16.distance(from: quote.text.startIndex, to: range.lowerBound)
                let hi = quote.text.utf16.distance(from: quote.text.startIndex, to: range.upperBound)
                signals.figures = offsets.filter { $0 >= lo && $0 < hi }.count
                let sentence = String(text)
                let tags = tagger.tags(in: sentence)
                signals.countries = tags.countries.count
                signals.hasTopic = !tags.topics.isEmpty
                let terms = Set(analyzer.terms(in: sentence, dropStopWords: true))
                signals.contentTerms = terms.count
                let score = scorer.score(signals)
                guard score >= PassageScorer.threshold else { continue }
                // The turn's own ranking decides among the sentence's topics: a turn about farming that
                // names a region stays under agriculture.
                let topic = quote.topics.first { tags.topics.contains($0) } ?? tags.topics.first ?? quote.topics.first
                candidates.append(Candidate(quote: qi, sentence: si, range: range, length: sentence.unicodeScalars.count,
                                            score: score, terms: terms, topic: topic))
            }
        }

        // Choose greedily, best first, within an estimate of the Markdown budget.
        let order = candidates.indices.sorted { a, b in
            candidates[a].score != candidates[b].score ? candidates[a].score > candidates[b].score : a < b
        }
        var used = markdown.render(ExtractedDocument(title: document.title, language: document.language,
                                                     event: document.event, date: document.date, source: document.source))
            .unicodeScalars.count
        // What a quote costs beside its text: marks, the dash or space before the speaker, the final
        // period, the blank line (“…” Name. / «…», — Имя.), and a little for escapes.
        let overhead = document.language == .ru ? 11 : 8
        var chosen: [Int] = []
        var chosenKeys = Set<[Int]>()
        var introduced = Set<String>()
        var topics = Set<String?>()
        // Two passes: a passage too dear at first (its speaker not yet introduced, its topic not
        // yet headed) may fit once a stronger passage has paid for the attribution and the heading.
        for c in order + order {
            let candidate = candidates[c]
            if chosenKeys.contains([candidate.quote, candidate.sentence]) { continue }
            if chosen.contains(where: { Self.duplicates(candidates[$0].terms, candidate.terms) }) { continue }
            var cost = candidate.length
            let adjacent = chosenKeys.contains([candidate.quote, candidate.sentence - 1]) || chosenKeys.contains([candidate.quote, candidate.sentence + 1])
            let speaker = quotes[candidate.quote].speaker
            let name = speaker?.name ?? ""
            if adjacent {
                cost += 1
            } else {
                cost += overhead + (introduced.contains(name) ? name.unicodeScalars.count : Self.fullAttribution(speaker).unicodeScalars.count)
            }
            if !topics.contains(candidate.topic) { cost += 5 + heading(candidate.topic, language: document.language).unicodeScalars.count }
            guard used + cost <= limit else { continue }
            used += cost
            chosen.append(c)
            chosenKeys.insert([candidate.quote, candidate.sentence])
            introduced.insert(name)
            topics.insert(candidate.topic)
        }

        // Runs of adjacent chosen sentences of one quote are one passage.
        var passages: [Passage] = []
        for c in chosen.sorted(by: { (candidates[$0].quote, candidates[$0].sentence) < (candidates[$1].quote, candidates[$1].sentence) }) {
            let candidate = candidates[c]
            if var last = passages.last, last.quote == candidate.quote,
               chosenKeys.contains([candidate.quote, candidate.sentence - 1]), candidate.sentence - 1 >= last.first
            {
                last.range = last.range.lowerBound..<candidate.range.upperBound
                if candidate.score > last.score {
                    last.score = candidate.score
                    last.topic = candidate.topic ?? last.topic
                }
                passages[passages.count - 1] = last
            } else {
                passages.append(Passage(quote: candidate.quote, first: candidate.sentence, range: candidate.range,
                                        score: candidate.score, topic: candidate.topic))
            }
        }
        Self.fillTopics(&passages)

        // Render, and drop the weakest passages if the estimate was short of the real Markdown.
        var result = build(document, quotes: quotes, passages: passages)
        var length = markdown.render(result).unicodeScalars.count
        while length > limit, !passages.isEmpty {
            if let weakest = passages.indices.min(by: { passages[$0].score < passages[$1].score }) {
                passages.remove(at: weakest)
            }
            result = build(document, quotes: quotes, passages: passages)
            length = markdown.render(result).unicodeScalars.count
        }
        return TranscriptDigest(document: result, transcriptLength: total, budget: limit, length: length)
    }

    /// The digest document: sections by topic in order of first mention, passages in transcript order.
    private func build(_ document: ExtractedDocument, quotes: [Quote], passages: [Passage]) -> ExtractedDocument {
        var sectionOrder: [String?] = []
        var byTopic: [String?: [Quote]] = [:]
        for p in passages {
            let source = quotes[p.quote]
            let text = String(source.text[p.range])
            let lo = source.text.utf16.distance(from: source.text.startIndex, to: p.range.lowerBound)
            let hi = source.text.utf16.distance(from: source.text.startIndex, to: p.range.upperBound)
            let figures: [Figure] = source.figures.compactMap { f in
                guard let o = f.offset else { return text.contains(f.surface) ? f : nil }
                guard o >= lo && o < hi else { return nil }
                var shifted = f
                shifted.offset = o - lo
                return shifted
            }
            let tags = tagger.tags(in: text)
            let quote = Quote(text: text, speaker: source.speaker, figures: figures,
                              topics: p.topic.map { [$0] } ?? tags.topics, countries: tags.countries, line: source.line)
            if byTopic[p.topic] == nil { sectionOrder.append(p.topic) }
            byTopic[p.topic, default: []].append(quote)
        }
        let onlyUntagged = sectionOrder.count == 1 && sectionOrder.first == .some(nil)
        let sections = sectionOrder.map { topic -> Section in
            let list = byTopic[topic] ?? []
            var countries: [String] = []
            for q in list { for c in q.countries where !countries.contains(c) { countries.append(c) } }
            let title = onlyUntagged ? (document.language == .ru ? "Главное" : "Key points") : heading(topic, language: document.language)
            return Section(heading: title, kind: .other, topics: topic.map { [$0] } ?? [], countries: countries, quotes: list)
        }
        return ExtractedDocument(title: document.title, language: document.language, event: document.event, date: document.date,
                                 source: document.source, sections: sections, speakers: Self.speakers(sections), warnings: [])
    }

    /// The section heading for a topic: its taxonomy label in the document's language.
    private func heading(_ topic: String?, language: Language) -> String {
        let ru = language == .ru
        guard let topic else { return ru ? "Другие высказывания" : "Other remarks" }
        guard let entry = tagger.taxonomy.topics.first(where: { $0.id == topic }) else { return topic }
        return entry.labels[ru ? "ru" : "en"] ?? entry.labels["en"] ?? topic
    }

    /// A passage without a topic of its own takes the topic of the passage before it (or after it, at the start).
    private static func fillTopics(_ passages: inout [Passage]) {
        var last: String?
        for i in passages.indices {
            if let t = passages[i].topic { last = t } else { passages[i].topic = last }
        }
        var next: String?
        for i in passages.indices.reversed() {
            if let t = passages[i].topic { next = t } else { passages[i].topic = next }
        }
    }

    /// Two sentences say the same thing when most terms of the shorter are in the longer, unless
    /// both state numbers and no number is shared ("utilisation stands at 25%" vs "… at 74%").
    static func duplicates(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard overlap(a, b) >= duplicateOverlap else { return false }
        let numbersA = a.filter { $0.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
        let numbersB = b.filter { $0.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
        if !numbersA.isEmpty, !numbersB.isEmpty, numbersA.isDisjoint(with: numbersB) { return false }
        return true
    }

    /// |a ∩ b| / min(|a|, |b|).
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return Double(small.filter { large.contains($0) }.count) / Double(smaller)
    }

    private static func fullAttribution(_ speaker: Speaker?) -> String {
        guard let speaker else { return "Unattributed" }
        return ([speaker.name] + [speaker.position, speaker.organization].compactMap { $0 }).joined(separator: ", ")
    }

    /// Speakers of the digest in order of first appearance, with their passage counts.
    private static func speakers(_ sections: [Section]) -> [SpeakerSummary] {
        var order: [String] = []
        var byName: [String: SpeakerSummary] = [:]
        for quote in sections.flatMap(\.quotes) {
            guard let s = quote.speaker else { continue }
            if byName[s.name] == nil {
                order.append(s.name)
                byName[s.name] = SpeakerSummary(name: s.name, position: s.position, organization: s.organization, quotes: 0)
            }
            byName[s.name]?.quotes += 1
        }
        return order.compactMap { byName[$0] }
    }

    /// The transcript's length when only its extraction is at hand: title, turns and remarks.
    static func estimatedLength(_ document: ExtractedDocument) -> Int {
        var n = document.title?.unicodeScalars.count ?? 0
        for section in document.sections {
            n += section.heading?.unicodeScalars.count ?? 0
            for p in section.paragraphs { n += p.unicodeScalars.count + 2 }
            for q in section.quotes { n += q.text.unicodeScalars.count + (q.speaker?.name.unicodeScalars.count ?? 0) + 4 }
        }
        return n
    }
}
