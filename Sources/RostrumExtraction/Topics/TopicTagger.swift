public import RostrumText

/// Labels text with taxonomy topics and the countries it mentions.
///
/// Both lexicons are compiled once, at init, through the same `TextAnalyzer` that analyses the
/// text, so a trigger matches every form the analyzer folds or stems to the same terms.
/// Tagging is a single pass over the tokens with one dictionary lookup per token.
public struct TopicTagger: Sendable {
    /// The taxonomy the tagger assigns topics from.
    public var taxonomy: TopicTaxonomy { compiled.taxonomy }
    /// The gazetteer the tagger finds countries with.
    public var gazetteer: Gazetteer { compiled.gazetteer }

    /// Weight of a strong trigger hit; a topic needs `threshold` to be assigned.
    public static let strongWeight = 2
    /// Weight of a weak trigger hit.
    public static let weakWeight = 1
    /// The weight a topic needs in one text: one strong hit or two weak ones.
    public static let threshold = 2
    /// The most topics returned for one text.
    public static let maximumTopics = 3

    /// Everything compiled, behind one reference: the pipeline calls the tagger for every quote,
    /// and a copy of the tagger (the closures of `summarize` make one) then costs one retain
    /// rather than one for each of the lexicon's arrays.
    private let compiled: CompiledTagger

    /// A tagger for `taxonomy` and `gazetteer`, matching through `analyzer`.
    public init(taxonomy: TopicTaxonomy, gazetteer: Gazetteer, analyzer: TextAnalyzer = TextAnalyzer()) {

        var builder = PhraseLexicon.Builder(analyzer: analyzer, channels: 2)
        for (index, topic) in taxonomy.topics.enumerated() {
            for language in topic.triggers.keys.sorted() {
                guard let triggers = topic.triggers[language] else { continue }
                for phrase in Self.phrases(triggers.strong) {
                    builder.add(phrase, channel: Self.topicChannel, target: index, weight: Self.strongWeight)
                }
                for phrase in Self.phrases(triggers.weak) {
                    builder.add(phrase, channel: Self.topicChannel, target: index, weight: Self.weakWeight)
                }
            }
        }
        for (index, country) in gazetteer.countries.enumerated() {
            for language in country.names.keys.sorted() {
                for phrase in Self.phrases(country.names[language] ?? []) {
                    builder.add(phrase, channel: Self.countryChannel, target: index, weight: 1)
                }
            }
        }
        for language in gazetteer.ignore.keys.sorted() {
            for phrase in Self.phrases(gazetteer.ignore[language] ?? []) {
                builder.add(phrase, channel: Self.countryChannel, target: PhraseLexicon.ignored, weight: 0)
            }
        }
        compiled = CompiledTagger(
            taxonomy: taxonomy, gazetteer: gazetteer, analyzer: analyzer, lexicon: PhraseLexicon(builder),
            topicIDs: taxonomy.topics.map(\.id), countryCodes: gazetteer.countries.map(\.code))
    }

    /// A tagger with the bundled taxonomy and gazetteer; empty lexicons if they cannot be loaded
    /// (use `bundled()` to see the error). The bundled files are read and compiled once per process.
    public init() {
        self = Self.standard
    }

    /// A tagger with the bundled taxonomy and gazetteer, or the error that prevents loading them.
    public static func bundled() throws -> TopicTagger {
        TopicTagger(taxonomy: try TopicTaxonomy.bundled(), gazetteer: try Gazetteer.bundled())
    }

    /// The shared default, compiled on first use; immutable afterwards.
    private static let standard: TopicTagger =
        (try? bundled()) ?? TopicTagger(taxonomy: .empty, gazetteer: .empty)

    /// Topic ids of `text`, highest weight first (ties: first mention, then taxonomy order), at most three.
    public func topics(in text: String) -> [String] {
        collect(text, channels: Self.topicOnly).topics
    }

    /// ISO 3166-1 alpha-2 codes of the countries `text` names, in order of first mention.
    public func countries(in text: String) -> [String] {
        collect(text, channels: Self.countriesOnly).countries
    }

    /// Topics and countries of `text` from one analysis of it.
    ///
    /// It looks only for the lexicon's terms (`TextAnalyzer.hits(in:of:)`), so it makes no
    /// string per token; the result is the same as `tags(in: analyzer.tokens(in: text))`.
    public func tags(in text: String) -> TopicTags {
        collect(text, channels: Self.bothChannels)
    }

    /// `tags(in:)` with a memo of the words already analysed: the same tags, but words seen
    /// before are neither folded nor stemmed again. `memo` must only be used with this tagger.
    public func tags(in text: String, memo: inout TermMemo) -> TopicTags {
        // The memo lends its hit storage, so that tagging quote after quote allocates it once.
        var hits: [TermHit] = []
        swap(&hits, &memo.spareHits)
        compiled.analyzer.hits(in: text, of: compiled.lexicon.terms, memo: &memo, into: &hits)
        let tags = summarize(text, hits: hits, channels: Self.bothChannels)
        swap(&hits, &memo.spareHits)
        return tags
    }

    /// Topic ids of already analysed tokens (from the same analyzer), as `topics(in:)` for text.
    public func topics(in tokens: [Token]) -> [String] {
        collect(tokens, channels: Self.topicOnly).topics
    }

    /// Country codes of already analysed tokens (from the same analyzer), in order of first mention.
    public func countries(in tokens: [Token]) -> [String] {
        collect(tokens, channels: Self.countriesOnly).countries
    }

    /// Topics and countries of already analysed tokens, in one pass over them.
    public func tags(in tokens: [Token]) -> TopicTags {
        collect(tokens, channels: Self.bothChannels)
    }

    private static let topicChannel = 0
    private static let countryChannel = 1
    private static let topicOnly = [topicChannel]
    private static let countriesOnly = [countryChannel]
    private static let bothChannels = [topicChannel, countryChannel]

    private func collect(_ text: String, channels: [Int]) -> TopicTags {
        summarize(text, hits: compiled.analyzer.hits(in: text, of: compiled.lexicon.terms), channels: channels)
    }

    /// Weighs the lexicon's `hits` in `text` into topics and countries.
    private func summarize(_ text: String, hits: [TermHit], channels: [Int]) -> TopicTags {
        guard !hits.isEmpty else { return TopicTags(topics: [], countries: []) }
        var text = text
        return text.withUTF8 { bytes in
            summarize(channels: channels) { visit in
                compiled.lexicon.scan(hits: hits, text: bytes, channels: channels, visit)
            }
        }
    }

    private func collect(_ tokens: [Token], channels: [Int]) -> TopicTags {
        guard !tokens.isEmpty else { return TopicTags(topics: [], countries: []) }
        return summarize(channels: channels) { visit in
            compiled.lexicon.scan(tokens, channels: channels, visit)
        }
    }

    /// Weighs the matches that `scan` reports into topics and countries.
    ///
    /// A text touches few topics: their weights are kept in a short list in order of first
    /// mention rather than in arrays as long as the taxonomy, and the (at most three) heaviest
    /// are picked from it one by one, without filtering and sorting copies of it.
    private func summarize(
        channels: [Int],
        _ scan: (_ visit: (_ channel: Int, _ target: Int, _ weight: Int, _ position: Int) -> Void) -> Void
    ) -> TopicTags {
        var touched: [Tally] = []
        var found: [Int] = []
        scan { channel, target, weight, position in
            if channel == Self.topicChannel {
                if let k = touched.firstIndex(where: { $0.topic == target }) {
                    touched[k].weight += weight
                } else {
                    // Room for a text's few topics at once, rather than growing one by one.
                    if touched.isEmpty { touched.reserveCapacity(8) }
                    touched.append(Tally(topic: target, weight: weight, firstSeen: position))
                }
            } else if target >= 0 && !found.contains(target) {
                if found.isEmpty { found.reserveCapacity(4) }
                found.append(target)
            }
        }
        // The order of a sort by weight (descending), first mention, then taxonomy order.
        var topics: [String] = []
        while topics.count < Self.maximumTopics {
            var best = -1
            for k in touched.indices where touched[k].weight >= Self.threshold {
                if best < 0 || touched[k].ranksBefore(touched[best]) { best = k }
            }
            guard best >= 0 else { break }
            if topics.isEmpty { topics.reserveCapacity(Self.maximumTopics) }
            topics.append(compiled.topicIDs[touched[best].topic])
            touched[best].weight = Int.min  // taken
        }
        return TopicTags(topics: topics, countries: found.map { compiled.countryCodes[$0] })
    }

    /// A topic's weight in one text and the token where it was first mentioned.
    private struct Tally {
        var topic: Int
        var weight: Int
        var firstSeen: Int

        /// Whether this tally sorts before `other`: heavier, then mentioned earlier, then earlier in the taxonomy.
        @inline(__always)
        func ranksBefore(_ other: Tally) -> Bool {
            if weight != other.weight { return weight > other.weight }
            if firstSeen != other.firstSeen { return firstSeen < other.firstSeen }
            return topic < other.topic
        }
    }

    /// The plain phrases of trigger patterns; malformed patterns (only possible in a taxonomy
    /// built in code, since `init(json:)` validates) are skipped.
    private static func phrases(_ patterns: [String]) -> [String] {
        patterns.flatMap { pattern -> [String] in
            switch PhrasePattern.expand(pattern) {
            case .success(let phrases): return phrases
            case .failure: return []
            }
        }
    }
}

/// The topics and countries of one text.
public struct TopicTags: Sendable, Hashable {
    /// Topic ids, highest weight first.
    public var topics: [String]
    /// ISO 3166-1 alpha-2 codes in order of first mention.
    public var countries: [String]

    /// Creates a result.
    public init(topics: [String], countries: [String]) {
        self.topics = topics
        self.countries = countries
    }
}
