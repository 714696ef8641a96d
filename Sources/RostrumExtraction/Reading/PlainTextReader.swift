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

    /// Reads a text given as its UTF-8 bytes (`Array(text.utf8)`); `known` are the lines of
    /// `utf8` when they were already split (by format detection), `source` the text itself when
    /// the caller has it (single-line paragraphs are then cut from it).
    func read(utf8: [UInt8], lines known: [LineScanner.Line]? = nil, source: String? = nil) throws(ReadError) -> SourceDocument {
        let bytes = try ReadInput(bytes: utf8).bytes
        // ReadInput only removes a byte-order mark: the same length means the same bytes.
        let lines = bytes.count == utf8.count ? known ?? LineScanner.lines(bytes) : LineScanner.lines(bytes)
        let slices = source.map { SourceSlices(text: $0, offset: utf8.count - bytes.count) }
        var metadata = DocumentMetadata()
        let first = MetadataHeader.consume(bytes, lines: lines, into: &metadata)
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count / 2 + 1)
        var acc = TextAccumulator()
        var blockLine = 0
        // A paragraph so far of one line the accumulator would copy as it is: kept as a range of
        // `bytes` (not yet in `acc`) until the paragraph either ends or goes on.
        var pending: Range<Int>?
        var index = first
        bytes.withUnsafeBufferPointer { buffer in
            while index < lines.count {
                let line = lines[index]
                index += 1
                let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
                if start == line.end {
                    Self.finish(pending: &pending, acc: &acc, into: &blocks, slices: slices, line: blockLine)
                    continue
                }
                let next = UTF8Text.scalar(bytes, at: start).0
                let previousLast = pending.map { UTF8Text.scalar(before: $0.upperBound, in: bytes) } ?? acc.lastScalar
                if (pending != nil || !acc.isEmpty) && HardWrap.continues(previousLast: previousLast, next: next) {
                    if let range = pending {
                        acc.append(buffer, from: range.lowerBound, to: range.upperBound)
                        pending = nil
                    }
                    HardWrap.joinPoint(&acc)
                } else {
                    Self.finish(pending: &pending, acc: &acc, into: &blocks, slices: slices, line: blockLine)
                    blockLine = line.number
                    if slices != nil {
                        let end = LineScanner.trimmedEnd(bytes, from: start, to: line.end)
                        if TextAccumulator.isVerbatim(buffer, from: start, to: end) {
                            pending = start..<end
                            continue
                        }
                    }
                }
                acc.append(buffer, from: start, to: line.end)
            }
            Self.finish(pending: &pending, acc: &acc, into: &blocks, slices: slices, line: blockLine)
        }
        return try document(blocks: blocks, metadata: metadata)
    }

    /// Ends the paragraph read so far: the pending range cut from `slices`, else the accumulated
    /// text, becomes a paragraph block at `line`. The state is passed in and out rather than
    /// captured by a nested function, which boxed it and checked every access at run time.
    @inline(__always)
    private static func finish(
        pending: inout Range<Int>?, acc: inout TextAccumulator, into blocks: inout [Block], slices: SourceSlices?, line: Int
    ) {
        if let range = pending, let slices {
            blocks.append(Block(kind: .paragraph, text: slices.string(from: range.lowerBound, to: range.upperBound), line: line))
            pending = nil
        } else if !acc.isEmpty {
            blocks.append(Block(kind: .paragraph, text: acc.take(), line: line))
        }
    }
}
