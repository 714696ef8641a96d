/// What the facets and the date order of one quote need, packed in 12 bytes: the per-quote record
/// `QuoteColumns.rows` holds.
///
/// Why: counting facets over 100,000 hits spread over a million quotes waits on memory; with the
/// facts folded into three combination codes (see `Interner`) a hit reads a
/// fifth of a cache line and increments three counters, with no per-hit loop over its topics or countries.
struct FacetRow: Sendable, Equatable {
    /// The (person, organisation) code in `QuoteColumns.speakers`.
    var speaker: UInt32
    /// The (event, year, kind, date) code in `QuoteColumns.settings`.
    var setting: UInt32
    /// The (topics, countries) code in `QuoteColumns.tags`.
    var tags: UInt32

    /// A speaker's person and organisation ids (0 for none).
    struct Speaker: Hashable, Sendable {
        var person: Int32
        var organization: Int32
    }

    /// Where and when a quote was said: event id (0 for none), year (0 for none), section kind
    /// code and the session date as YYYYMMDD (missing parts 0; -1 for none).
    struct Setting: Hashable, Sendable {
        var event: Int32
        var date: Int32
        var year: Int16
        var kind: UInt8
    }

    /// A quote's topic and country codes, each list as stored (one code per row), sorted.
    struct Tags: Hashable, Sendable {
        var topics: [UInt16]
        var countries: [UInt16]
    }
}
