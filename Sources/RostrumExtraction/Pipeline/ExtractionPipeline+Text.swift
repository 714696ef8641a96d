public import RostrumModel

extension ExtractionPipeline {
    /// Reads `text` with the reader its format calls for, then extracts it.
    ///
    /// Rostrum's own JSON is read back as it is, with the options' event, date and source applied.
    /// - Throws: `ReadError` when the text cannot be read as a document (empty, binary, bad JSON).
    public func extract(text: String, options: ExtractionOptions = ExtractionOptions()) throws(ReadError) -> ExtractedDocument {
        switch try DocumentReading.read(text, format: options.format, fileExtension: options.fileExtension) {
        case .source(let source):
            return extract(source, options: options)
        case .extracted(var document):
            if let event = options.event { document.event = event }
            if let date = options.date { document.date = date }
            if let source = options.source, document.source == nil { document.source = source }
            if let language = options.language { document.language = language }
            return document
        }
    }
}
