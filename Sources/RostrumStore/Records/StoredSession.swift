public import RostrumModel

/// A stored session: its document as extracted, the raw text and how it is identified.
public struct StoredSession: Sendable, Hashable {
    public var id: Int64
    public var contentHash: String
    public var source: String?
    public var raw: String
    public var document: ExtractedDocument

    /// A session value as a store returns it.
    public init(id: Int64, contentHash: String, source: String?, raw: String, document: ExtractedDocument) {
        self.id = id
        self.contentHash = contentHash
        self.source = source
        self.raw = raw
        self.document = document
    }
}
