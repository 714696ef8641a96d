public import RostrumModel

/// A parsed search query: text conditions and filters (see `QueryParser` for the syntax).
///
/// Text is kept as the user wrote it; the store analyses it with the same analyzer as the index.
public struct SearchQuery: Sendable, Hashable {
    /// Conditions that must all hold; each is satisfied by any of its alternatives (OR).
    public var required: [[TextCondition]]
    /// Conditions no hit may satisfy.
    public var excluded: [TextCondition]
    public var filters: SearchFilters

    /// A query from its parts.
    public init(required: [[TextCondition]] = [], excluded: [TextCondition] = [], filters: SearchFilters = SearchFilters()) {
        self.required = required
        self.excluded = excluded
        self.filters = filters
    }

    /// Parses `text` in the query language.
    /// - Throws: `QueryError` with the position and the reason.
    public init(parsing text: String) throws(QueryError) {
        self = try QueryParser().parse(text)
    }

    /// Whether the query has any word, phrase or prefix to match.
    public var hasText: Bool { !required.isEmpty }
}

/// One text condition: a word (matched by its stem), an exact phrase or a prefix.
public enum TextCondition: Sendable, Hashable {
    case word(String)
    case phrase(String)
    case prefix(String)
}

/// The filters of a query. Several values of one filter are alternatives; different filters all apply.
public struct SearchFilters: Sendable, Hashable {
    /// Speaker names, any spelling; a single word matches any part of a name.
    public var speakers: [String] = []
    /// Parts of organisation names.
    public var organizations: [String] = []
    /// Taxonomy topic labels.
    public var topics: [String] = []
    /// Parts of event names.
    public var events: [String] = []
    /// Year ranges of the session date.
    public var years: [ClosedRange<Int>] = []
    public var languages: [Language] = []
    public var kinds: [SectionKind] = []
    /// ISO 3166-1 alpha-2 codes, upper case.
    public var countries: [String] = []
    /// Only quotes with at least one figure.
    public var hasFigures = false
    /// Only quotes with a known speaker.
    public var hasSpeaker = false
    /// Exact people by id (profile pages); not part of the query language.
    public var personIDs: [Int64] = []
    /// Exact organisations by id (profile pages); not part of the query language.
    public var organizationIDs: [Int64] = []

    /// No filters.
    public init() {}

    /// Whether no filter is set.
    public var isEmpty: Bool {
        speakers.isEmpty && organizations.isEmpty && topics.isEmpty && events.isEmpty && years.isEmpty
            && languages.isEmpty && kinds.isEmpty && countries.isEmpty && !hasFigures && !hasSpeaker
            && personIDs.isEmpty && organizationIDs.isEmpty
    }
}
