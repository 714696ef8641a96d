/// Reads a Markdown session summary.
///
/// `#` headings and setext (`===` / `---` underlined) headings become `.heading(level)`;
/// consecutive lines form one paragraph; `>` lines a `.blockQuote`; `-`, `*`, `+`, `1.`, `1)`
/// items `.listItem`. Emphasis, links and code are reduced to their text, HTML comments are
/// dropped, and a `---` front-matter block at the top gives the metadata (the header keys of
/// `MetadataHeader`, in any case). Fenced code arrives as a paragraph.
public struct MarkdownReader: DocumentReader {
    /// Creates a reader; it holds no state and can be shared.
    public init() {}

    /// Always `.markdown`.
    public var format: SourceFormat { .markdown }

    /// Reads `text`; throws `.empty`, `.binary` or `.noText`.
    public func read(_ text: String) throws(ReadError) -> SourceDocument {
        try read(utf8: Array(text.utf8))
    }

    /// Reads a text given as its UTF-8 bytes (`Array(text.utf8)`); `known` are the lines of
    /// `utf8` when they were already split (by format detection).
    func read(utf8: [UInt8], lines known: [LineScanner.Line]? = nil) throws(ReadError) -> SourceDocument {
        var bytes = try ReadInput(bytes: utf8).bytes
        if utf8.count > 3, containsComment(bytes) { bytes = blankComments(bytes) }
        // ReadInput only removes a byte-order mark: the same length means the same bytes.
        let lines = bytes.count == utf8.count ? known ?? LineScanner.lines(bytes) : LineScanner.lines(bytes)
        var metadata = DocumentMetadata()
        var builder = Builder()
        var index = frontMatter(bytes, lines: lines, into: &metadata)
        var fence: (byte: UInt8, length: Int)?
        while index < lines.count {
            let line = lines[index]
            index += 1
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            let end = LineScanner.trimmedEnd(bytes, from: start, to: line.end)
            if let open = fence {
                if start < end, bytes[start] == open.byte,
                   run(bytes, at: start, end: end, of: open.byte) >= open.length,
                   LineScanner.firstVisible(bytes, from: start + run(bytes, at: start, end: end, of: open.byte), to: end) == end {
                    builder.flush(bytes)
                    fence = nil
                } else if start < end {
                    builder.appendRaw(bytes, from: start, to: end, kind: .paragraph, line: line.number, code: true)
                }
                continue
            }
            if start == end {
                builder.flush(bytes)
                continue
            }
            let indent = start - line.start
            let b = bytes[start]
            if indent < 4 && (b == 0x60 || b == 0x7E) {
                let length = run(bytes, at: start, end: end, of: b)
                if length >= 3 {
                    builder.flush(bytes)
                    fence = (b, length)
                    continue
                }
            }
            if indent < 4 && b == 0x23, let level = atxLevel(bytes, at: start, end: end) {
                builder.flush(bytes)
                var textEnd = end
                while textEnd > start + level && bytes[textEnd - 1] == 0x23 { textEnd -= 1 }
                if textEnd < end, textEnd > start + level, !UTF8Text.isASCIISpace(bytes[textEnd - 1]) { textEnd = end }
                builder.appendRaw(bytes, from: start + level, to: textEnd, kind: .heading(level: level), line: line.number)
                builder.flush(bytes)
                continue
            }
            if indent < 4 && (b == 0x3D || b == 0x2D) && builder.isParagraph
                && run(bytes, at: start, end: end, of: b) == end - start {
                builder.setKind(.heading(level: b == 0x3D ? 1 : 2))
                builder.flush(bytes)
                continue
            }
            if indent < 4 && (b == 0x2D || b == 0x2A || b == 0x5F) && isThematicBreak(bytes, from: start, to: end, of: b) {
                builder.flush(bytes)
                continue
            }
            if b == 0x3E {
                var i = start
                while i < end && (bytes[i] == 0x3E || bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
                if i == end {
                    builder.flush(bytes)
                } else {
                    if !builder.isKind(.blockQuote) { builder.flush(bytes) }
                    builder.appendRaw(bytes, from: i, to: end, kind: .blockQuote, line: line.number)
                }
                continue
            }
            if let itemStart = listItemStart(bytes, at: start, end: end) {
                builder.flush(bytes)
                builder.appendRaw(bytes, from: itemStart, to: end, kind: .listItem, line: line.number)
                continue
            }
            if b == 0x5B, isReferenceDefinition(bytes, at: start, end: end) {
                builder.flush(bytes)
                continue
            }
            builder.appendRaw(bytes, from: start, to: end, kind: .paragraph, line: line.number)
        }
        builder.flush(bytes)
        return try document(blocks: builder.blocks, metadata: metadata)
    }

    /// Collects the raw Markdown of the current block and reduces it to text when it ends.
    private struct Builder {
        var blocks: [Block] = []
        private var raw: [UInt8] = []
        private var kind = BlockKind.paragraph
        private var line = 0
        private var code = false
        private var acc = TextAccumulator()

        var isParagraph: Bool { !raw.isEmpty && kind == .paragraph && !code }
        func isKind(_ k: BlockKind) -> Bool { !raw.isEmpty && kind == k }

        mutating func setKind(_ k: BlockKind) { kind = k }

        /// Appends a line to the open block, or opens a block of `kind` when none is open.
        /// Continuation lines keep the kind of the block they continue.
        mutating func appendRaw(_ bytes: [UInt8], from start: Int, to end: Int, kind: BlockKind, line: Int, code: Bool = false) {
            if raw.isEmpty {
                self.kind = kind
                self.line = line
                self.code = code
            } else {
                raw.append(0x20)
            }
            raw.append(contentsOf: bytes[start..<end])
        }

        mutating func flush(_ bytes: [UInt8]) {
            guard !raw.isEmpty else { return }
            if code {
                acc.append(raw, from: 0, to: raw.count)
            } else {
                MarkdownInline.reduce(raw, from: 0, to: raw.count, into: &acc)
            }
            if !acc.isEmpty { blocks.append(Block(kind: kind, text: acc.take(), line: line)) }
            raw.removeAll(keepingCapacity: true)
            code = false
        }
    }

    /// Reads a `---` front-matter block at the very top; returns the index of the first line after it.
    private func frontMatter(_ bytes: [UInt8], lines: [LineScanner.Line], into metadata: inout DocumentMetadata) -> Int {
        guard let first = lines.first, isDelimiter(bytes, first, dots: false) else { return 0 }
        var index = 1
        while index < lines.count && index < 200 {
            if isDelimiter(bytes, lines[index], dots: true) {
                for line in lines[1..<index] {
                    if let (field, value) = MetadataHeader.parse(bytes, from: line.start, to: line.end) {
                        MetadataHeader.apply(field, value: value, to: &metadata)
                    }
                }
                return index + 1
            }
            index += 1
        }
        return 0
    }

    private func isDelimiter(_ bytes: [UInt8], _ line: LineScanner.Line, dots: Bool) -> Bool {
        let end = LineScanner.trimmedEnd(bytes, from: line.start, to: line.end)
        guard end - line.start == 3 else { return false }
        let b = bytes[line.start]
        return (b == 0x2D || (dots && b == 0x2E)) && bytes[line.start + 1] == b && bytes[line.start + 2] == b
    }

    private func containsComment(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D { return true }
            i += 1
        }
        return false
    }

    /// Replaces every `<!-- … -->` with spaces, keeping line breaks so line numbers stay true.
    private func blankComments(_ source: [UInt8]) -> [UInt8] {
        var bytes = source
        var i = 0
        let n = bytes.count
        while i + 3 < n {
            guard bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D else {
                i += 1
                continue
            }
            var j = i + 4
            while j + 2 < n && !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
            let stop = j + 2 < n ? j + 3 : n
            for k in i..<stop where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
            i = stop
        }
        return bytes
    }

    private func run(_ bytes: [UInt8], at i: Int, end: Int, of b: UInt8) -> Int {
        var j = i
        while j < end && bytes[j] == b { j += 1 }
        return j - i
    }

    /// The level of an ATX heading at `i` (1–6 `#` then a space or the line end), or nil.
    private func atxLevel(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let level = run(bytes, at: i, end: end, of: 0x23)
        guard level >= 1, level <= 6 else { return nil }
        guard i + level == end || UTF8Text.isASCIISpace(bytes[i + level]) else { return nil }
        return level
    }

    /// Three or more `-`, `*` or `_` with nothing else but spaces.
    private func isThematicBreak(_ bytes: [UInt8], from start: Int, to end: Int, of b: UInt8) -> Bool {
        var count = 0
        for i in start..<end {
            if bytes[i] == b {
                count += 1
            } else if bytes[i] != 0x20 && bytes[i] != 0x09 {
                return false
            }
        }
        return count >= 3
    }

    /// Where the text of a list item starts, when the line at `i` opens one
    /// (`- `, `* `, `+ `, `1. `, `1) `, with an optional task box `[ ] ` / `[x] `).
    private func listItemStart(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        var j = i
        let b = bytes[i]
        if b == 0x2D || b == 0x2A || b == 0x2B {
            j = i + 1
        } else if b >= 0x30 && b <= 0x39 {
            while j < end && j - i < 9 && bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
            guard j < end, bytes[j] == 0x2E || bytes[j] == 0x29 else { return nil }
            j += 1
        } else {
            return nil
        }
        guard j < end, UTF8Text.isASCIISpace(bytes[j]) else { return nil }
        var text = LineScanner.firstVisible(bytes, from: j, to: end)
        if text + 3 < end, bytes[text] == 0x5B, bytes[text + 2] == 0x5D, bytes[text + 3] == 0x20,
           bytes[text + 1] == 0x20 || bytes[text + 1] == 0x78 || bytes[text + 1] == 0x58 {
            text = LineScanner.firstVisible(bytes, from: text + 3, to: end)
        }
        return text < end ? text : nil
    }

    /// `[label]: destination` — a link reference definition, which is not text.
    private func isReferenceDefinition(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        guard let close = MarkdownInline.matching(bytes, from: i, end: end, open: 0x5B, close: 0x5D),
              close + 2 < end, bytes[close + 1] == 0x3A, UTF8Text.isASCIISpace(bytes[close + 2]) else { return false }
        return LineScanner.firstVisible(bytes, from: close + 2, to: end) < end
    }
}
