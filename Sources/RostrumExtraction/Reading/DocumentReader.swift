/// A reader turns the text of one document in one format into a `SourceDocument`.
///
/// Readers only see markup: they find blocks, their kinds and the document's metadata, and leave
/// every interpretation (titles, headings in plain text, quotes) to the later stages.
public protocol DocumentReader: Sendable {
    /// The format this reader understands.
    var format: SourceFormat { get }

    /// Reads `text`; throws when it is empty, binary or has no readable text.
    func read(_ text: String) throws(ReadError) -> SourceDocument
}

extension DocumentReader {
    /// The finished document, or the error that says why there is nothing to read:
    /// `.empty` when neither text nor metadata was found, `.noText` when only metadata was.
    func document(blocks: [Block], metadata: DocumentMetadata) throws(ReadError) -> SourceDocument {
        if blocks.isEmpty {
            if metadata == DocumentMetadata() { throw .empty }
            throw .noText(format: format)
        }
        return SourceDocument(format: format, blocks: blocks, metadata: metadata)
    }
}
