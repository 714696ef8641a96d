/// Reads a plain-text session summary: header metadata lines, then one paragraph block per
/// non-empty line.
///
/// A hard-wrapped line that continues in lower case is joined to the line before it. Headings
/// are not decided here: in plain text they arrive as paragraphs and the segmenter tells them
/// apart. Line endings `\n`, `\r\n`, `\r` and a UTF-8 byte-order mark are accepted.
public struct PlainTextReader: DocumentReader {
    /// Creates a reader; it holds no state and can be shared.
    public init() {}

    /// Always `.text`.
    public var format: SourceFormat { .text }

    /// Reads `text`; throws `.empty`, `.binary` or `.noText`.
    public func read(_ text: String) throws(ReadError) -> SourceDocument {
        try read(utf8: Array(text.utf8))
    }

    /// Reads a text given as its UTF-8 bytes (`Array(text.utf8)`).
    func read(utf8: [UInt8]) throws(ReadError) -> SourceDocument {
        let bytes = try ReadInput(bytes: utf8).bytes
        let lines = LineScanner.lines(bytes)
        var metadata = DocumentMetadata()
        let first = MetadataHeader.consume(bytes, lines: lines, into: &metadata)
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count / 2 + 1)
        var acc = TextAccumulator()
        var blockLine = 0
        var index = first
        while index < lines.count {
            let line = lines[index]
            index += 1
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            if start == line.end {
                if !acc.isEmpty { blocks.append(Block(kind: .paragraph, text: acc.take(), line: blockLine)) }
                continue
            }
            let next = UTF8Text.scalar(bytes, at: start).0
            if !acc.isEmpty && HardWrap.continues(previousLast: acc.lastScalar, next: next) {
                HardWrap.joinPoint(&acc)
            } else {
                if !acc.isEmpty { blocks.append(Block(kind: .paragraph, text: acc.take(), line: blockLine)) }
                blockLine = line.number
            }
            acc.append(bytes, from: start, to: line.end)
        }
        if !acc.isEmpty { blocks.append(Block(kind: .paragraph, text: acc.take(), line: blockLine)) }
        return try document(blocks: blocks, metadata: metadata)
    }
}
