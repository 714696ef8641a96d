public import RostrumModel

/// What the caller knows about a document that the document itself may not say.
///
/// Every field overrides what the reader found in the document's own metadata.
public struct ExtractionOptions: Sendable, Hashable {
    /// Force a language instead of detecting it.
    public var language: Language?
    public var event: String?
    /// ISO `YYYY-MM-DD`; resolves "last year" and "this year" in figures.
    public var date: String?
    public var source: String?
    /// Force a reader instead of detecting the format.
    public var format: SourceFormat?
    /// The file extension, a hint for format detection.
    public var fileExtension: String?

    public init(
        language: Language? = nil, event: String? = nil, date: String? = nil, source: String? = nil,
        format: SourceFormat? = nil, fileExtension: String? = nil
    ) {
        self.language = language
        self.event = event
        self.date = date
        self.source = source
        self.format = format
        self.fileExtension = fileExtension
    }
}
