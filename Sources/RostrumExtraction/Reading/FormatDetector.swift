/// Chooses the reader for a document from its content, with the file extension as a hint
/// (docs/FORMATS.md § Formats).
///
/// - `.json`, `.md`/`.markdown`, `.html`/`.htm`/`.xhtml` decide on their own;
/// - otherwise the content decides: a JSON object (starts with `{` and has `"sections"` or ends
///   with `}`) → `json`; a document starting with `<!doctype`, `<html` or another tag, or with
///   closing block tags → `html`; a `---` front-matter block or `#` headings → `markdown`; most
///   paragraphs speaker turns `Name: text` → `transcript`; anything else → `text`.
///
/// Only the first 64 KB are looked at, so detection costs the same for any document size.
public enum FormatDetector {
    /// The format of `text`; `fileExtension` is the extension with or without the dot.
    public static func detect(text: String, fileExtension: String?) -> SourceFormat {
        if let known = formatOfExtension(fileExtension) { return known }
        return detect(utf8: Array(text.utf8))
    }

    /// The format that `fileExtension` alone decides, if any.
    static func formatOfExtension(_ fileExtension: String?) -> SourceFormat? {
        if let fileExtension {
            // Most extensions are short lower-case ASCII: they are their own folded form.
            let utf8 = fileExtension.utf8
            if utf8.count <= 8, utf8.allSatisfy({ $0 &- 0x61 < 26 }) {
                switch fileExtension {
                case "json": return .json
                case "md", "markdown", "mdown", "mkd": return .markdown
                case "html", "htm", "xhtml": return .html
                default: return nil
                }
            }
            var ext = fileExtension.lowercasedFast()
            if ext.hasPrefix(".") { ext.removeFirst() }
            switch ext {
            case "json": return .json
            case "md", "markdown", "mdown", "mkd": return .markdown
            case "html", "htm", "xhtml": return .html
            default: break
            }
        }
        return nil
    }

    /// The format of a text from its content alone; `utf8` is all of the text's UTF-8.
    static func detect(utf8: [UInt8]) -> SourceFormat {
        detectWithLines(utf8: utf8).format
    }

    /// The format of a text from its content alone, with the lines of `utf8` when detection
    /// split all of it into lines (a text of at most 64 KB without a byte-order mark), so that
    /// the reader need not split it again.
    static func detectWithLines(utf8: [UInt8]) -> (format: SourceFormat, lines: [LineScanner.Line]?) {
        var bytes = utf8.count > 65_536 ? Array(utf8[0..<65_536]) : utf8
        if utf8.count > bytes.count {
            // Never cut a scalar in half: drop the possibly partial last scalar.
            while let last = bytes.last, last >= 0x80 {
                bytes.removeLast()
                if last >= 0xC0 { break }
            }
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        let first = LineScanner.firstVisible(bytes, from: 0, to: bytes.count)
        guard first < bytes.count else { return (.text, nil) }
        if isJSON(bytes, first: first, complete: utf8.count <= 65_536) { return (.json, nil) }
        if isHTML(bytes, first: first) { return (.html, nil) }
        let lines = LineScanner.lines(bytes)
        let whole = bytes.count == utf8.count ? lines : nil
        if isMarkdown(bytes, lines: lines) { return (.markdown, whole) }
        if isTranscript(bytes, lines: lines) { return (.transcript, whole) }
        return (.text, whole)
    }

    private static func isJSON(_ bytes: [UInt8], first: Int, complete: Bool) -> Bool {
        guard bytes[first] == 0x7B else { return false }
        if contains(bytes, Array("\"sections\"".utf8)) { return true }
        guard complete else { return false }
        var last = bytes.count - 1
        while last > first && UTF8Text.isASCIISpace(bytes[last]) { last -= 1 }
        return bytes[last] == 0x7D
    }

    private static func isHTML(_ bytes: [UInt8], first: Int) -> Bool {
        if bytes[first] == 0x3C, first + 1 < bytes.count {
            let next = bytes[first + 1]
            if next == 0x21 || next == 0x3F { return true }  // <!doctype, <!--, <?xml
            if (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A, let tag = HTMLTag.parse(bytes, at: first),
               case .start = tag.kind, HTMLScanner.blockElements.contains(tag.name) || tag.name == "meta" || tag.name == "title" {
                return true
            }
        }
        // Made of tags: closing block tags appear, which plain text never has.
        var closing = 0
        var k = 0
        let n = bytes.count
        while k + 3 < n {
            if bytes[k] == 0x3C && bytes[k + 1] == 0x2F, let tag = HTMLTag.parse(bytes, at: k) {
                if case .end = tag.kind, HTMLScanner.blockElements.contains(tag.name) {
                    closing += 1
                    if closing >= 2 { return true }
                }
                k = max(tag.end, k + 1)
                continue
            }
            // Plain text seldom has a "<": skip to the next one.
            k = bytes.withUnsafeBufferPointer { UTF8Text.firstIndex(of: 0x3C, or: 0x3C, in: $0, from: k + 1) }
        }
        return false
    }

    private static func isMarkdown(_ bytes: [UInt8], lines: [LineScanner.Line]) -> Bool {
        if let firstLine = lines.first {
            let end = LineScanner.trimmedEnd(bytes, from: firstLine.start, to: firstLine.end)
            if end - firstLine.start == 3, bytes[firstLine.start] == 0x2D, bytes[firstLine.start + 1] == 0x2D,
               bytes[firstLine.start + 2] == 0x2D {
                return true
            }
        }
        for line in lines {
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            guard start < line.end, start - line.start < 4, bytes[start] == 0x23 else { continue }
            var level = 0
            var k = start
            while k < line.end && bytes[k] == 0x23 { k += 1; level += 1 }
            if level <= 6, k < line.end, bytes[k] == 0x20 || bytes[k] == 0x09 { return true }
        }
        return false
    }

    private static func isTranscript(_ bytes: [UInt8], lines: [LineScanner.Line]) -> Bool {
        var metadata = DocumentMetadata()
        let first = MetadataHeader.headerEnd(bytes, lines: lines)
        var labelled = 0
        var paragraphs = 0
        var hasParticipants = false
        var speakers: Set<String> = []
        var index = first
        while index < lines.count && paragraphs < 400 {
            let line = lines[index]
            let start = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            if start == line.end {
                index += 1
                continue
            }
            if labelled == 0, ParticipantsList.header(bytes, from: start, to: line.end) != nil {
                let next = ParticipantsList.consume(bytes, lines: lines, from: index, into: &metadata)
                if next > index {
                    hasParticipants = true
                    index = next
                    continue
                }
            }
            index += 1
            if StageDirection.isWholeLine(bytes, from: start, to: line.end) { continue }
            paragraphs += 1
            if let label = TurnLabel.parse(bytes, from: start, to: line.end),
               !isHeading(bytes, label: label, line: line, next: index < lines.count ? lines[index] : nil, first: paragraphs == 1) {
                labelled += 1
                if speakers.count < 8 { speakers.insert(label.speaker) }
            }
            // Stop as soon as the rules below are decided whatever the remaining lines hold:
            // at most `open` more paragraphs can be counted, each perhaps labelled.
            let open = min(400 - paragraphs, lines.count - index)
            if labelled >= 2 && (labelled * 2 >= paragraphs + open || (hasParticipants && speakers.count >= 2)) {
                return true
            }
            // Participants are looked for only before the first label, so with a label seen and
            // none found the ratio rules alone remain, and even all-labelled lines cannot meet them.
            if labelled > 0 && !hasParticipants && labelled * 3 + open * 2 < paragraphs { return false }
        }
        guard labelled >= 2 else { return false }
        if labelled * 2 >= paragraphs { return true }
        if speakers.count >= 2 && labelled * 3 >= paragraphs { return true }
        return hasParticipants && speakers.count >= 2
    }

    /// Whether a line that parses as a turn label is a heading with a colon instead ("Financing: Leasing
    /// Needs Longer Money", «Инвестиции: новые правила»): the document's first line (its title) or a
    /// paragraph of its own, a few words after the colon, no sentence or quotation ending them. Summaries
    /// with such headings under every topic would otherwise look like transcripts whose speakers are the
    /// topics, and a transcript's title would hide the participants list after it.
    private static func isHeading(_ bytes: [UInt8], label: TurnLabel, line: LineScanner.Line, next: LineScanner.Line?, first: Bool) -> Bool {
        if !first, let next, LineScanner.firstVisible(bytes, from: next.start, to: next.end) < next.end { return false }
        let end = LineScanner.trimmedEnd(bytes, from: label.textStart, to: line.end)
        let start = LineScanner.firstVisible(bytes, from: label.textStart, to: end)
        guard start < end, end - start <= 120 else { return false }
        var words = 1
        for k in start..<end where bytes[k] == 0x20 { words += 1 }
        guard words <= 12 else { return false }
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2C, 0x22, 0x29: return false  // . ! ? ; : , " )
        case 0xBB where end - start >= 2 && bytes[end - 2] == 0xC2: return false  // »
        case 0xA6, 0x9D:  // … ”
            return !(end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80)
        default: return true
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let head = needle.first, haystack.count >= needle.count else { return false }
        var k = 0
        while k <= haystack.count - needle.count {
            if haystack[k] == head {
                var m = 1
                while m < needle.count && haystack[k + m] == needle[m] { m += 1 }
                if m == needle.count { return true }
            }
            k += 1
        }
        return false
    }
}
