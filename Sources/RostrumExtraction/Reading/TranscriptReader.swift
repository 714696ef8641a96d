/// Reads a speaker-turn transcript: header metadata lines, an optional participants list,
/// then turns `Name: text` and `NAME (Position, Organization): text`.
///
/// Every turn becomes a `.turn(speaker:role:)` block; a paragraph without a label continues
/// the previous turn as a new block with the same speaker. Capitals in labels are normalised
/// ("ZHOU LIQUN" → "Zhou Liqun"), stage directions ("[Applause]", «(Аплодисменты)») are dropped,
/// and text before the first turn (a title, an introduction) arrives as paragraphs.
public struct TranscriptReader: DocumentReader {
    /// Creates a reader; it holds no state and can be shared.
    public init() {}

    /// Always `.transcript`.
    public var format: SourceFormat { .transcript }

    /// Reads `text`; throws `.empty`, `.binary` or `.noText`.
    public func read(_ text: String) throws(ReadError) -> SourceDocument {
        try read(utf8: Array(text.utf8))
    }

    /// Reads a text given as its UTF-8 bytes (`Array(text.utf8)`); `known` are the lines of
    /// `utf8` when they were already split (by format detection).
    func read(utf8: [UInt8], lines known: [LineScanner.Line]? = nil) throws(ReadError) -> SourceDocument {
        let bytes = try ReadInput(bytes: utf8).bytes
        // ReadInput only removes a byte-order mark: the same length means the same bytes.
        let lines = bytes.count == utf8.count ? known ?? LineScanner.lines(bytes) : LineScanner.lines(bytes)
        var metadata = DocumentMetadata()
        var index = MetadataHeader.consume(bytes, lines: lines, into: &metadata)
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count / 2 + 1)
        var acc = TextAccumulator()
        var kind = BlockKind.paragraph
        var blockLine = 0
        var current: BlockKind?
        while index < lines.count {
            let line = lines[index]
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            if start == line.end {
                if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
                index += 1
                continue
            }
            if current == nil, ParticipantsList.header(bytes, from: start, to: line.end) != nil {
                let next = ParticipantsList.consume(bytes, lines: lines, from: index, into: &metadata)
                if next > index {
                    if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
                    index = next
                    continue
                }
            }
            index += 1
            if StageDirection.isWholeLine(bytes, from: start, to: line.end) {
                if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
                continue
            }
            if let label = TurnLabel.parse(bytes, from: start, to: line.end),
               !(blocks.isEmpty && acc.isEmpty && current == nil && metadata.participants.isEmpty
                 && Self.isTitle(label, bytes, end: line.end, lines: lines, after: index)) {
                if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
                let turn = BlockKind.turn(speaker: label.speaker, role: label.role)
                current = turn
                kind = turn
                blockLine = line.number
                StageDirection.append(bytes, from: label.textStart, to: line.end, into: &acc)
                continue
            }
            let next = UTF8Text.scalar(bytes, at: start).0
            if !acc.isEmpty && HardWrap.continues(previousLast: acc.lastScalar, next: next) {
                HardWrap.joinPoint(&acc)
            } else {
                if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
                kind = current ?? .paragraph
                blockLine = line.number
            }
            StageDirection.append(bytes, from: start, to: line.end, into: &acc)
        }
        if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: blockLine)) }
        return try document(blocks: blocks, metadata: metadata)
    }

    /// Whether the first line of a transcript, which reads as a turn ("Regional Aviation: Keeping
    /// Remote Communities Connected"), is its title: a short line that does not end a sentence with
    /// a full stop, whose "speaker" never speaks again.
    static func isTitle(_ label: TurnLabel, _ bytes: [UInt8], end: Int, lines: [LineScanner.Line], after index: Int) -> Bool {
        guard end - label.textStart <= 150 else { return false }
        var last = end - 1
        while last > label.textStart, UTF8Text.isASCIISpace(bytes[last]) { last -= 1 }
        // A full stop, "!" or "…" (E2 80 A6) closes a sentence someone said; a title may ask a question.
        if bytes[last] == UInt8(ascii: ".") || bytes[last] == UInt8(ascii: "!") || (last >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 && bytes[last] == 0xA6) {
            return false
        }
        for line in lines[index...] {
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            if start < line.end, let later = TurnLabel.parse(bytes, from: start, to: line.end), later.speaker == label.speaker { return false }
        }
        return true
    }
}
