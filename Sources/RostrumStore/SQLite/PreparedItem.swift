import RostrumModel

/// A document ready for the writer: everything about it that needs no database, computed before
/// the single writer is taken (on every core, `SQLiteStore.prepare`): its deflated columns, its
/// content hash, the full-text index's terms and where each quote starts in the raw text.
struct PreparedItem: Sendable {
    var item: IngestItem
    var columns: SessionColumns
    var hash: String
    var terms: FullTextTerms
    /// One per quote in `allQuotes` order: its UTF-8 byte range in the raw text, when found there.
    var ranges: [QuoteRange?]

    /// `item` prepared.
    init(_ item: IngestItem) {
        let json = item.document.jsonText(pretty: false)
        self.init(item, columns: SessionColumns(raw: DeflatedText.deflate(item.raw), document: DeflatedText.deflate(json)),
                  hash: ContentHash.of(item.raw.isEmpty ? json : item.raw))
    }

    /// `item` prepared with columns and hash known already (an import keeps its record's hash).
    init(_ item: IngestItem, columns: SessionColumns, hash: String) {
        self.item = item
        self.columns = columns
        self.hash = hash
        terms = FullTextTerms(document: item.document)
        ranges = QuoteRange.ranges(of: item.document.allQuotes.map(\.text), in: item.raw)
    }
}
