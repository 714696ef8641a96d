/// The front door of the readers: detects the format (unless it is given) and reads the
/// document with the matching reader.
public struct DocumentReading: Sendable {
    /// Reads `text` as `format`, or as the format `FormatDetector` finds from the content and
    /// `fileExtension` when `format` is nil.
    public static func read(
        _ text: String, format: SourceFormat? = nil, fileExtension: String? = nil
    ) throws(ReadError) -> ReadOutcome {
        if format == .json { return .extracted(try JSONDocumentReader().read(text)) }
        // One copy of the bytes serves detection and reading.
        let utf8 = Array(text.utf8)
        // Detection splits the text into lines; the reader reuses them.
        var lines: [LineScanner.Line]?
        let chosen: SourceFormat
        if let known = format ?? FormatDetector.formatOfExtension(fileExtension) {
            chosen = known
        } else {
            (chosen, lines) = FormatDetector.detectWithLines(utf8: utf8)
        }
        switch chosen {
        case .json: return .extracted(try JSONDocumentReader().read(text))
        case .text: return .source(try PlainTextReader().read(utf8: utf8, lines: lines, source: text))
        case .markdown: return .source(try MarkdownReader().read(utf8: utf8, lines: lines))
        case .html: return .source(try HTMLReader().read(utf8: utf8))
        case .transcript: return .source(try TranscriptReader().read(utf8: utf8, lines: lines))
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
