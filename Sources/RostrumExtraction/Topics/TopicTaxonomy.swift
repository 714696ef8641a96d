public import Foundation

/// The topics Rostrum labels quotes and sections with, and the words that signal each topic.
///
/// The bundled default (`Resources/taxonomy.json`) covers the themes of economic forums in
/// English and Russian; a user may replace it with a file of the same shape:
///
/// ```json
/// { "version": 1, "topics": [ { "id": "trade",
///     "labels": { "en": "Trade", "ru": "Торговля" },
///     "triggers": { "en": { "strong": ["trade turnover", "export{,s,ed}"], "weak": ["goods"] },
///                   "ru": { "strong": ["товарооборот{,а,е}"], "weak": ["товар{,ы,ов}"] } } } ] }
/// ```
///
/// A strong trigger alone assigns its topic; a weak one needs a second hit. `{a,b}` lists
/// alternative endings (see `PhrasePattern`). Triggers are matched through the text analyzer,
/// so they follow its folding and stemming.
public struct TopicTaxonomy: Sendable, Hashable, Codable {
    /// Format version of the file; 1 today.
    public var version: Int
    /// The topics, in the order ties are broken.
    public var topics: [Topic]

    /// One topic: a stable id, labels per language and trigger phrases per language.
    public struct Topic: Sendable, Hashable, Codable {
        /// Stable identifier used in the output, such as "trade" or "agriculture_food".
        public var id: String
        /// Display labels by language code ("en", "ru").
        public var labels: [String: String]
        /// Trigger phrases by language code.
        public var triggers: [String: Triggers]

        /// Creates a topic.
        public init(id: String, labels: [String: String], triggers: [String: Triggers]) {
            self.id = id
            self.labels = labels
            self.triggers = triggers
        }
    }

    /// The strong and weak trigger phrases of a topic in one language.
    public struct Triggers: Sendable, Hashable, Codable {
        /// Phrases that assign the topic on their own.
        public var strong: [String]
        /// Phrases that assign the topic together with another hit.
        public var weak: [String]

        /// Creates a trigger set.
        public init(strong: [String] = [], weak: [String] = []) {
            self.strong = strong
            self.weak = weak
        }

        enum CodingKeys: String, CodingKey { case strong, weak }

        /// Decodes a trigger set; a missing list is empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            strong = try container.decodeIfPresent([String].self, forKey: .strong) ?? []
            weak = try container.decodeIfPresent([String].self, forKey: .weak) ?? []
        }
    }

    /// Creates a taxonomy from topics (not validated; an empty taxonomy assigns nothing).
    public init(topics: [Topic], version: Int = 1) {
        self.topics = topics
        self.version = version
    }

    /// A taxonomy without topics.
    public static let empty = TopicTaxonomy(topics: [])

    enum CodingKeys: String, CodingKey { case version, topics }

    /// Decodes a taxonomy; `version` defaults to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        topics = try container.decode([Topic].self, forKey: .topics)
    }

    /// Reads and checks a taxonomy from the contents of a user's JSON file.
    ///
    /// - Parameter source: the name to show in errors, such as the file name.
    /// - Throws: `LexiconError` naming the field at fault.
    public init(json: Data, source: String = "taxonomy") throws {
        let decoded = try BundledLexicon.decode(TopicTaxonomy.self, from: json, source: source)
        try decoded.validate(source: source)
        self = decoded
    }

    /// Reads and checks a taxonomy from JSON text.
    public init(json: String, source: String = "taxonomy") throws {
        try self.init(json: Data(json.utf8), source: source)
    }

    /// The default taxonomy bundled with Rostrum (`Resources/taxonomy.json`).
    /// Each topic's label in `language` (English when it has none in that language), by id.
    public func labels(in language: String) -> [String: String] {
        Dictionary(topics.compactMap { topic in (topic.labels[language] ?? topic.labels["en"]).map { (topic.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    public static func bundled() throws -> TopicTaxonomy {
        try TopicTaxonomy(json: BundledLexicon.data(named: "taxonomy"), source: "taxonomy.json")
    }

    /// The label of topic `id` in `language` (falling back to English, then to the id).
    public func label(of id: String, language: String = "en") -> String? {
        guard let topic = topics.first(where: { $0.id == id }) else { return nil }
        return topic.labels[language] ?? topic.labels["en"] ?? topic.id
    }

    /// Checks what JSON decoding cannot: ids, duplicates, empty topics, trigger notation.
    func validate(source: String) throws {
        if version != 1 {
            throw LexiconError(source: source, field: "version", reason: "unsupported version \(version); expected 1")
        }
        if topics.isEmpty {
            throw LexiconError(source: source, field: "topics", reason: "the list is empty; add at least one topic")
        }
        var seen: [String: Int] = [:]
        for (index, topic) in topics.enumerated() {
            let field = "topics[\(index)]"
            if topic.id.isEmpty || topic.id.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                throw LexiconError(
                    source: source, field: field + ".id",
                    reason: "\"\(topic.id)\" is not a usable id; use lower case words joined by \"_\"")
            }
            if let earlier = seen[topic.id] {
                throw LexiconError(
                    source: source, field: field + ".id",
                    reason: "\"\(topic.id)\" is already the id of topics[\(earlier)]")
            }
            seen[topic.id] = index
            if topic.labels.isEmpty {
                throw LexiconError(source: source, field: field + ".labels", reason: "give at least one label, e.g. {\"en\": \"Trade\"}")
            }
            var count = 0
            for (language, triggers) in topic.triggers.sorted(by: { $0.key < $1.key }) {
                let base = "\(field).triggers.\(language)"
                let context = "topic \"\(topic.id)\""
                try BundledLexicon.validate(triggers.strong, field: base + ".strong", source: source, context: context)
                try BundledLexicon.validate(triggers.weak, field: base + ".weak", source: source, context: context)
                count += triggers.strong.count + triggers.weak.count
            }
            if count == 0 {
                throw LexiconError(
                    source: source, field: field + ".triggers",
                    reason: "topic \"\(topic.id)\" has no trigger phrases; add \"strong\" or \"weak\" lists")
            }
        }
    }
}
