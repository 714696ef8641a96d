import RostrumModel

/// The segmenter: finds the title, the thematic headings and group labels, and drops boilerplate.
///
/// Pure: a `SourceDocument` in, a `SegmentedDocument` out. Markup headings are trusted; in plain
/// text a heading is recognised by its shape (`HeadingDetector`).
public struct Segmenter: Sendable {
    private let headings = HeadingDetector()
    private let boilerplate = Boilerplate()
    private let kinds = SectionKindClassifier()

    public init() {}

    /// Cuts `document` into title and sections.
    public func segment(_ document: SourceDocument) -> SegmentedDocument {
        var blocks = document.blocks
        var title = document.metadata.title.map(Self.clean)
        var start = 0

        // The title: a level-1 heading first, then the metadata title, then a first short line.
        if let index = blocks.firstIndex(where: { $0.kind == .heading(level: 1) }), index <= 2 {
            title = Self.clean(blocks[index].text)
            blocks.remove(at: index)
        } else if title == nil, let first = blocks.first,
            first.kind == .paragraph || Self.isHeadingKind(first.kind),
            document.format != .transcript || first.text.utf8.count <= 200,
            first.text.utf8.count <= 400, !QuoteMarks.startsWithQuote(first.text) || Self.quotedNameOpens(first.text)
        {
            title = Self.clean(first.text)
            start = 1
        }
        // "Energy Dialogue: Gas for Asia" on the first line of a transcript is its title, not a turn:
        // a short text after the colon that does not end as a sentence does.
        if title == nil, start == 0, let first = blocks.first, case .turn(let label, nil) = first.kind,
            first.text.utf8.count < 120, let last = first.text.unicodeScalars.last,
            !".!?…»”\"".unicodeScalars.contains(last)
        {
            title = label + ": " + first.text
            start = 1
        }
        // A title repeated on the next line is one title.
        // `sameText(_:title)` for every heading, with the title folded once.
        let titleKey = title.map(TitleKey.init)
        if let titleKey, start < blocks.count, titleKey.matches(blocks[start].text) {
            start += 1
        }

        var sections: [SectionDraft] = []
        var current = SectionDraft(heading: nil)
        var group: String?
        var groupKind: SectionKind?
        // "Read also" followed only by link titles to the end: those titles are dropped too.
        let tailStart = Self.readAlsoTail(blocks, from: start, format: document.format, boilerplate: boilerplate, headings: headings)

        func flush() {
            if !current.blocks.isEmpty { sections.append(current) }
        }
        let titleLength = title.flatMap(Self.simpleCleanLength)

        var metadata = document.metadata
        for (offset, block) in blocks[start..<tailStart].enumerated() {
            let text = block.text
            if text.isEmpty { continue }
            // "Date: 12 September 2019" just under the title is metadata, not a heading.
            if offset < 4, block.kind == .paragraph, text.utf8.count < 200, let (field, value) = MetadataHeader.parse(line: text) {
                MetadataHeader.apply(field, value: value, to: &metadata)
                continue
            }
            // "Eastern Economic Forum 2023 · 12 September 2023" under the title: the same, unlabelled.
            if offset < 3, block.kind == .paragraph, let line = Dateline.parse(text) {
                if metadata.event == nil { metadata.event = line.event }
                if metadata.date == nil { metadata.date = line.date }
                continue
            }
            if boilerplate.isBoilerplate(text) { continue }
            // "Moderator: Name, role" under a panel's heading names the moderator: metadata, not a
            // heading of its own nor a paragraph to attribute.
            if block.kind == .paragraph, text.utf8.count < 300, let moderator = ParticipantsList.moderatorLine(text) {
                if !metadata.participants.contains(where: { $0.name == moderator.name }) { metadata.participants.append(moderator) }
                continue
            }
            let isHeading: Bool
            switch block.kind {
            case .heading: isHeading = true
            case .paragraph: isHeading = document.format == .text && headings.isHeading(text)
            case .listItem, .blockQuote, .turn: isHeading = false
            }
            if isHeading {
                if let titleKey, Self.mayBeSame(text, titleLength: titleLength), titleKey.matches(text) { continue }
                if Self.mayBeGroupLabel(text), let kind = kinds.isGroupLabel(text) {
                    flush()
                    group = Self.clean(text)
                    groupKind = kind
                    current = SectionDraft(heading: nil, group: group, groupKind: groupKind)
                    continue
                }
                flush()
                current = SectionDraft(heading: Self.clean(text), group: group, groupKind: groupKind)
                continue
            }
            current.blocks.append(block)
        }
        flush()
        return SegmentedDocument(title: title, metadata: metadata, sections: sections, format: document.format)
    }

    /// «РЖД» увеличат погрузку…: a short quoted name opens the line, and the line goes on.
    static func quotedNameOpens(_ text: String) -> Bool {
        let scalars = Substring(text).unicodeScalars
        guard let open = scalars.firstIndex(where: { QuoteMarks.isOpening($0) }),
            let close = QuoteMarks.closingIndex(in: scalars, openingAt: open)
        else { return false }
        let inner = scalars.distance(from: open, to: close)
        let rest = Substring(scalars[scalars.index(after: close)...]).trimmingSpaces()
        guard inner < 40, let next = rest.unicodeScalars.first, !(next == "," || next == "—" || next == "–" || next == "-") else { return false }
        return rest.unicodeScalars.count > 10
    }

    /// The longest group label, in UTF-8 bytes of its folded words.
    private static let longestGroupLabel = SectionKindClassifier.groupLabels.keys.map(\.utf8.count).max() ?? 0

    /// False when `text` has too many letters to be a group label: its folded words keep every
    /// ASCII letter as one byte and every Cyrillic letter (U+0400–U+047F, lead byte D0 or D1) as
    /// two, so their joined length is at least that count.
    static func mayBeGroupLabel(_ text: String) -> Bool {
        let limit = longestGroupLabel
        var copy = text
        return copy.withUTF8 { bytes in
            var letters = 0
            for b in bytes {
                if (b | 0x20) &- 0x61 < 26 {
                    letters += 1
                } else if b == 0xD0 || b == 0xD1 {
                    letters += 2
                } else {
                    continue
                }
                if letters > limit { return false }
            }
            return true
        }
    }

    private static func isHeadingKind(_ kind: BlockKind) -> Bool {
        if case .heading = kind { return true }
        return false
    }

    /// Where the document's "Read also" tail starts: a "Read also" line after which nothing but
    /// short link titles and boilerplate follows. `blocks.count` when there is no such tail.
    private static func readAlsoTail(
        _ blocks: [Block], from start: Int, format: SourceFormat, boilerplate: Boilerplate, headings: HeadingDetector
    ) -> Int {
        guard start < blocks.count else { return blocks.count }
        var index = blocks.count - 1
        while index >= start {
            let text = blocks[index].text
            if isReadAlso(text) { return index }
            // The same tests as written, the cheap ones first (all are pure): a long paragraph
            // is refused by its shape before its Characters are counted.
            let linkTitle = (blocks[index].kind == .listItem || headings.isHeading(text) || boilerplate.isBoilerplate(text))
                && HeadingDetector.characterCount(text, atMost: 160) && !QuoteMarks.containsQuoteMark(text)
            if !linkTitle { return blocks.count }
            index -= 1
        }
        return blocks.count
    }

    /// Whether `text` opens with "Read also" or a like phrase, in any letter case; `onBytes`
    /// allows the byte path (the two give the same answers; tests compare them).
    static func isReadAlso(_ text: String, onBytes: Bool = true) -> Bool {
        // Every prefix starts with "r", "s", "ч" or "с": a first scalar that lower-cases, scalar
        // for scalar, to anything else decides at once.
        if let first = text.unicodeScalars.first {
            let v = first.value
            let folded: UInt32? = v < 0x80 ? ((v &- 0x41 < 26) ? v | 0x20 : v) : (v &- 0x410 < 0x20 ? v + 0x20 : (v &- 0x430 < 0x30 ? v : nil))
            if let folded, folded != 0x72, folded != 0x73, folded != 0x447, folded != 0x441 { return false }
        }
        var copy = text
        if onBytes, let answer = copy.withUTF8({ readAlsoOnBytes($0) }) { return answer }
        // The longest prefix is 14 letters; 20 scalars hold it and whatever joins its last letter.
        let folded = Substring(Substring(text).unicodeScalars.prefix(20)).lowercasedFast()
        return readAlsoPrefixes.contains { folded.hasPrefix($0) }
    }

    private static let readAlsoPrefixes = ["read also", "see also", "read more", "читайте также", "смотрите также", "related"]
    private static let readAlsoPrefixBytes = readAlsoPrefixes.map { Array($0.utf8) }

    /// `isReadAlso` on the line's first bytes, lower-cased by `FastCase`; nil when they hold a
    /// scalar outside its fast path, or when a prefix is followed by a joiner (U+200C, U+200D),
    /// which would make its last letter part of a larger Character (the general path decides).
    /// The scalars of the fast path extend no Character otherwise, so a byte prefix is then a
    /// Character prefix.
    private static func readAlsoOnBytes(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        // The longest prefix has 28 bytes; 32 hold it and the scalar after it.
        var end = min(text.count, 32)
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        guard let lowered = FastCase.lowercasedBytes(UnsafeBufferPointer(rebasing: text[0..<end])) else { return nil }
        for prefix in readAlsoPrefixBytes where lowered.starts(with: prefix) {
            let k = prefix.count
            if k + 2 < lowered.count, lowered[k] == 0xE2, lowered[k + 1] == 0x80, lowered[k + 2] == 0x8C || lowered[k + 2] == 0x8D {
                return nil
            }
            return true
        }
        return false
    }

    /// Trims whitespace and a trailing colon from a heading.
    static func clean(_ text: String) -> String {
        if let fast = cleanBytes(text) { return fast }
        var result = Substring(text)
        while let last = result.last, last == " " || last == ":" { result.removeLast() }
        while let first = result.first, first == " " { result.removeFirst() }
        return String(result)
    }

    /// `clean(_:)` on the UTF-8 bytes, or nil when a trimmed space or colon has a neighbour that
    /// might join it into a larger Character (then the Character-wise trimming decides).
    ///
    /// A space or colon is a Character of its own when the scalar before it cannot prepend
    /// (every such scalar is at U+0600 or above) and the scalar after it cannot extend it (no
    /// combining scalar is below U+0300, and basic Cyrillic has none).
    private static func cleanBytes(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // Nothing to trim: the text itself.
        if first != 0x20 && last != 0x20 && last != 0x3A { return text }
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var start = 0
            var end = bytes.count
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A {
                // The scalar before: ASCII, or two bytes led by C2…D7 (below U+0600).
                if end - 1 > start {
                    let before = bytes[end - 2]
                    if before >= 0x80 {
                        guard end - 3 >= 0, bytes[end - 3] >= 0xC2 && bytes[end - 3] <= 0xD7 else { return nil }
                    }
                }
                end -= 1
            }
            while start < end, bytes[start] == 0x20 {
                if start + 1 < end {
                    let after = bytes[start + 1]
                    guard after < 0x80 || (after >= 0xC2 && after <= 0xCB) || after == 0xD0 || after == 0xD1 else { return nil }
                }
                start += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        comparable(a) == comparable(b)
    }

    /// False when `text` cannot be the same text as a title whose `simpleCleanLength` is
    /// `titleLength`: both are simple and their lengths differ.
    static func mayBeSame(_ text: String, titleLength: Int?) -> Bool {
        guard let titleLength, let length = simpleCleanLength(text) else { return true }
        return length == titleLength
    }

    /// The byte length of `clean(text)` when `text` holds only ASCII and basic Cyrillic
    /// (U+0400–U+047F, lead bytes D0 and D1), else nil. Such text is its own canonical form and
    /// lower-cases scalar for scalar into the same byte counts, so two such texts can be the same
    /// for `sameText` only when these lengths agree.
    static func simpleCleanLength(_ text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { bytes -> Int? in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                } else if (b == 0xD0 || b == 0xD1) && i + 1 < n && bytes[i + 1] & 0xC0 == 0x80 {
                    i += 2
                } else {
                    return nil
                }
            }
            // `clean`: trailing spaces and colons, then leading spaces.
            var end = n
            while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A) { end -= 1 }
            var start = 0
            while start < end && bytes[start] == 0x20 { start += 1 }
            return end - start
        }
    }

    /// What `sameText` compares: the cleaned text, lower-cased.
    static func comparable(_ text: String) -> String {
        clean(text).lowercasedFast()
    }
}
