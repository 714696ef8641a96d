/// The front door of the readers: detects the format (unless it is given) and reads the
/// document with the matching reader.
public struct DocumentReading: Sendable {
    /// Reads `text` as `format`, or as the format `FormatDetector` finds from the content and
    /// `fileExtension` when `format` is nil.
    public static func read(
        _ text: String, format: SourceFormat? = nil, fileExtension: String? = nil
    ) throws(ReadError) -> ReadOutcome {
        let chosen = format ?? FormatDetector.detect(text: text, fileExtension: fileExtension)
        switch chosen {
        case .json:
            return .extracted(try JSONDocumentReader().read(text))
        case .text, .markdown, .html, .transcript:
            return .source(try reader(for: chosen).read(text))
        }
    }

    /// The reader for a source format; `.json` has its own reader, `JSONDocumentReader`,
    /// and gets the plain-text reader here.
    public static func reader(for format: SourceFormat) -> any DocumentReader {
        switch format {
        case .text, .json: return PlainTextReader()
        case .markdown: return MarkdownReader()
        case .html: return HTMLReader()
        case .transcript: return TranscriptReader()
        }
    }
}
