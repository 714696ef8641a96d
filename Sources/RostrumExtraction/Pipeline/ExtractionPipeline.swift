public import RostrumModel
import RostrumText

/// The whole extraction: Segmenter → Attribution → Speakers → Figures → Topics, as one pure
/// function from a read document to an `ExtractedDocument`.
///
/// Build one pipeline and reuse it: it holds the compiled lexicons. It is `Sendable`, so many
/// documents can be extracted in parallel.
public struct ExtractionPipeline: Sendable {
    private let segmenter = Segmenter()
    private let attributor = Attributor()
    private let resolver = SpeakerResolver(cache: RoleCache())
    private let figures = FigureExtractor()
    private let tagger: TopicTagger
    private let kinds = SectionKindClassifier()
    /// The tagger's word memo, carried from document to document.
    private let memos = TermMemoCache()

    /// A pipeline with the bundled taxonomy and gazetteer, or with the given tagger.
    public init(tagger: TopicTagger = TopicTagger()) {
        self.tagger = tagger
    }

    /// Extracts the knowledge of a document that a reader has already read.
    public func extract(_ source: SourceDocument, options: ExtractionOptions = ExtractionOptions()) -> ExtractedDocument {
        let segmented = segmenter.segment(source)
        let attributed = attributor.attribute(segmented)
        // The speakers of the quotes in their order: the quotes' other fields are read from the
        // attributed items themselves, so no resolved copy of every item is made.
        let resolved = resolver.speakers(of: attributed)
        let language = options.language ?? segmented.metadata.language ?? detectLanguage(source)
        let date = options.date ?? segmented.metadata.date
        let sessionYear = date.flatMap { Int($0.prefix(4)) }

        var memo = memos.take()
        defer { memos.give(memo) }
        var sections: [Section] = []
        sections.reserveCapacity(attributed.sections.count)
        var nextSpeaker = 0
        for draft in attributed.sections {
            var quotes: [Quote] = []
            var paragraphs: [String] = []
            quotes.reserveCapacity(draft.items.count)
            var topics = LabelTally()
            var countries = LabelTally()
            if let heading = draft.heading {
                // Tagging order changes only the memo's contents, never an answer.
                let headingTags = tagger.tags(in: heading, memo: &memo)
                topics.addHeading(headingTags.topics)
                countries.addHeading(headingTags.countries)
            }
            for item in draft.items {
                switch item {
                case .narrative(let text):
                    paragraphs.append(text)
                case .quote(let q):
                    let speaker = resolved.speakers[nextSpeaker]
                    nextSpeaker += 1
                    let tags = tagger.tags(in: q.text, memo: &memo)
                    topics.add(tags.topics)
                    countries.add(tags.countries)
                    quotes.append(Quote(
                        text: q.text, speaker: speaker,
                        figures: figures.figures(in: q.text, language: language, sessionYear: sessionYear),
                        topics: tags.topics, countries: tags.countries,
                        indirect: q.indirect, line: q.line))
                }
            }
            sections.append(Section(
                heading: draft.heading, group: draft.group,
                kind: draft.groupKind ?? kinds.kind(heading: draft.heading, group: draft.group),
                topics: topics.ranked(limit: 3),
                countries: countries.ranked(limit: 8),
                quotes: quotes, paragraphs: paragraphs))
        }

        var warnings = attributed.warnings + resolved.warnings
        // The attributor and the resolver may both report the same unattributed quote.
        warnings = Self.unique(warnings)
        if !sections.contains(where: { !$0.quotes.isEmpty }) {
            warnings.append(ExtractionWarning(code: .noQuotes, message: "No quotes were found in this document."))
        }
        return ExtractedDocument(
            title: segmented.title, language: language,
            event: options.event ?? segmented.metadata.event, date: date,
            source: options.source ?? segmented.metadata.source,
            sections: sections, speakers: Self.summaries(sections), warnings: warnings)
    }

    /// Speakers in order of first appearance, with their first role and quote count.
    static func summaries(_ sections: [Section]) -> [SpeakerSummary] {
        var summaries: [SpeakerSummary] = []
        // The comparison keys (`SpeakerResolver.keyBytes`) of the summaries' names, in the same
        // order, with their hashes: a session names a handful of speakers, so a list searched by
        // hash costs less than a dictionary built and freed for every document.
        var keys: [[UInt8]] = []
        var hashes: [UInt64] = []
        // A session names few speakers, each many times: the exact names already keyed, compared
        // as bytes, spare lower-casing and hashing the name again for every quote.
        var seen: [(name: String, index: Int)] = []
        for section in sections {
            // By index: a quote copied out of the array would retain all its strings and arrays.
            for q in section.quotes.indices {
                guard let speaker = section.quotes[q].speaker else { continue }
                var index = -1
                if let known = seen.first(where: { UTF8Bytes.equal($0.name, speaker.name) }) {
                    index = known.index
                } else {
                    let key = SpeakerResolver.keyBytes(speaker.name)
                    let hash = key.withUnsafeBufferPointer { UTF8Bytes.hash($0) }
                    if let existing = hashes.indices.first(where: { hashes[$0] == hash && keys[$0] == key }) {
                        index = existing
                    } else {
                        keys.append(key)
                        hashes.append(hash)
                        seen.append((speaker.name, summaries.count))
                        summaries.append(SpeakerSummary(name: speaker.name, position: speaker.position, organization: speaker.organization, quotes: 1))
                        continue
                    }
                    seen.append((speaker.name, index))
                }
                summaries[index].quotes += 1
                if summaries[index].position == nil && summaries[index].organization == nil {
                    summaries[index].position = speaker.position
                    summaries[index].organization = speaker.organization
                }
            }
        }
        return summaries
    }

    /// Labels ranked by how many quotes carry them; the heading's labels first.
    ///
    /// A section has a handful of labels, so they are counted in arrays searched in order rather
    /// than in a dictionary.
    static func ranked(_ first: [String], _ lists: [[String]], limit: Int) -> [String] {
        var tally = LabelTally()
        tally.addHeading(first)
        for list in lists { tally.add(list) }
        return tally.ranked(limit: limit)
    }

    static func unique(_ warnings: [ExtractionWarning]) -> [ExtractionWarning] {
        // Most documents have no warning or one: nothing to compare, no keys to build.
        if warnings.count < 2 { return warnings }
        var seen = Set<String>()
        return warnings.filter { seen.insert("\($0.code.rawValue)|\($0.line ?? -1)").inserted }
    }

    /// The language of the document's first few kilobytes of text: its title and first blocks,
    /// read as if joined by newlines, without joining them.
    private func detectLanguage(_ source: SourceDocument) -> Language {
        var tally = LanguageTally()
        tally.add(source.metadata.title ?? "")
        for block in source.blocks {
            // Most documents settle their language well before the sample is full.
            if tally.isFull || tally.isDecided { break }
            tally.add("\n")
            tally.add(block.text)
        }
        return tally.language
    }
}
