public import RostrumModel

extension ExtractionPipeline {
    /// Reads `text` with the reader its format calls for, then extracts it.
    ///
    /// Rostrum's own JSON is read back as it is (with the options' event, date and source applied).
    /// - Throws: the reader's error when the text cannot be read as a document.
    public func extract(text: String, options: ExtractionOptions = ExtractionOptions()) throws -> ExtractedDocument {
        // Provisional until the readers land: plain lines.
        var blocks: [Block] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if !t.isEmpty { blocks.append(Block(kind: .paragraph, text: t, line: i + 1)) }
        }
        return extract(SourceDocument(format: .text, blocks: blocks), options: options)
    }
}
