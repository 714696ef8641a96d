public import RostrumModel

/// One generated session document with the annotation a perfect extractor would produce for it.
public struct GeneratedSession: Sendable, Hashable {
    /// Stable identifier, also the file name stem.
    public var id: String
    /// `<id>.<ext>`.
    public var fileName: String
    /// The document as a reader receives it.
    public var text: String
    public var format: DocumentFormat
    /// The gold `ExtractedDocument` for `text`.
    public var gold: ExtractedDocument
    /// Which specification shapes this document contains.
    public var features: Set<GenerationFeature>

    public init(
        id: String, fileName: String, text: String, format: DocumentFormat, gold: ExtractedDocument,
        features: Set<GenerationFeature>
    ) {
        self.id = id
        self.fileName = fileName
        self.text = text
        self.format = format
        self.gold = gold
        self.features = features
    }

    /// The gold file name: `<id>.gold.json`.
    public var goldFileName: String { id + ".gold.json" }
}
