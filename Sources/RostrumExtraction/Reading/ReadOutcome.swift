public import RostrumModel

/// What reading a document gives: a source to run through the pipeline, or — for Rostrum's
/// own JSON — a document that is already extracted.
public enum ReadOutcome: Sendable, Hashable {
    /// A text, Markdown, HTML or transcript document, ready for the segmenter.
    case source(SourceDocument)
    /// Rostrum's own JSON output read back.
    case extracted(ExtractedDocument)
}
