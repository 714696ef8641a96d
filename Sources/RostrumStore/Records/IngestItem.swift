public import RostrumModel

/// One document for `Store.ingest(batch:)`: the extracted document, the text it came from and its source.
///
/// `raw` is hashed for idempotency (the document's JSON when `raw` is empty); `source` (a path or
/// URL) lets a changed document replace its previous version.
public struct IngestItem: Sendable {
    public var document: ExtractedDocument
    public var raw: String
    public var source: String?
    /// The store's work on the document that needs no database, when done already where the
    /// document was extracted (see `IngestPreparation`); nil lets the store do it.
    public var preparation: IngestPreparation?

    /// An item to ingest.
    public init(document: ExtractedDocument, raw: String, source: String?, preparation: IngestPreparation? = nil) {
        self.document = document
        self.raw = raw
        self.source = source
        self.preparation = preparation
    }
}
