public import RostrumModel

/// Everything about a document that a store writes and that needs no database: its deflated raw
/// text and JSON, its content hash, the full-text index's terms and where each quote starts in the
/// raw text.
///
/// The single writer of a store sets the pace of an ingest, so this work is done before it, where
/// the document was extracted (`IngestItem.preparation`, on every core but the writer's); a store
/// prepares the items that come without it itself.
public struct IngestPreparation: Sendable {
    var columns: SessionColumns
    var hash: String
    var terms: FullTextTerms
    /// One per quote in `allQuotes` order: its UTF-8 byte range in the raw text, when found there.
    var ranges: [QuoteRange?]

    /// The preparation of `document` extracted from `raw`.
    public init(document: ExtractedDocument, raw: String) {
        let json = document.jsonText(pretty: false)
        self.init(document: document, raw: raw, columns: SessionColumns(raw: DeflatedText.deflate(raw), document: DeflatedText.deflate(json)),
                  hash: ContentHash.of(raw.isEmpty ? json : raw))
    }

    /// The preparation with columns and hash known already (an import keeps its record's hash).
    init(document: ExtractedDocument, raw: String, columns: SessionColumns, hash: String) {
        self.columns = columns
        self.hash = hash
        terms = FullTextTerms(document: document)
        ranges = QuoteRange.ranges(of: document.allQuotes.map(\.text), in: raw)
    }
}
