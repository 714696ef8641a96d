/// What the facets of one quote count, packed in 24 bytes: the per-quote record `QuoteColumns.rows` holds.
///
/// Why: counting facets over 100,000 hits spread over a million quotes touched a cache line in
/// each of seven separate columns per hit (about 30 MB of memory traffic for a common word); with
/// one packed record per quote a hit costs one or two lines and one pass counts every facet.
/// The topics of slot `i` are `topics[rows[i].topicStart..<rows[i + 1].topicStart]` (countries
/// likewise); the rows end with a sentinel whose starts are the lists' lengths.
struct FacetRow: Sendable, Equatable {
    /// People, organisations and events ids; 0 for none.
    var person: Int32
    var organization: Int32
    var event: Int32
    var topicStart: Int32
    var countryStart: Int32
    /// 0 for none.
    var year: Int16
    var kind: UInt8
    var language: UInt8
}
