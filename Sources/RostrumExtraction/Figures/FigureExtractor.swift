public import RostrumModel
import RostrumText

/// Finds the figures in a passage and normalises them (value, unit, kind, qualifier, year, subject),
/// following docs/FORMATS.md § Figures.
///
/// Pure: text and context in, figures out. Knows English and Russian number forms. One
/// left-to-right pass tokenises the passage; only digits, currency signs and known number words
/// start the (local) work of reading a figure.
///
/// `surface` is the figure as written *without* its qualifier and without the "of …" that names
/// its subject: the currency sign or word, the number, its scale and its unit — "$100 billion",
/// "95 million tonnes", "55%", «80 млрд долларов», "a third", «в три раза» is «три раза». For a
/// count the counted noun is part of the surface ("20 projects", "1.5 million Chinese tourists",
/// "20 such flights"), since that noun is the count's unit. `offset` is the UTF-16 offset of the
/// surface in the passage.
public struct FigureExtractor: Sendable {
    public init() {}

    /// The figures of `text` in order of appearance.
    ///
    /// - Parameters:
    ///   - language: the language of the passage; `.unknown` tries both.
    ///   - sessionYear: the year of the session, used to resolve "last year" and "this year".
    public func figures(in text: String, language: Language, sessionYear: Int? = nil) -> [Figure] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            extract(bytes, language: language, sessionYear: sessionYear)
        } ?? []
    }

    private func extract(_ bytes: UnsafeBufferPointer<UInt8>, language: Language, sessionYear: Int?) -> [Figure] {
        let scanner = NumberScanner(bytes: bytes, language: language)
        guard scanner.mayHoldFigure() else { return [] }
        let tokens = scanner.tokens()
        let passage = FigurePassage(bytes: bytes, tokens: tokens, language: language)
        let reader = FigureReader(passage: passage)
        var drafts: [FigureDraft] = []
        var i = 0
        while i < tokens.count {
            if reader.triggers(i), let draft = reader.read(at: i) {
                drafts.append(draft)
                i = max(draft.after, i + 1)
                // "from ten days to two": the bare second number of a from–to change.
                if draft.unit != nil, let end = reader.fromToEnd(of: draft) {
                    drafts.append(end)
                    i = end.after
                }
            } else {
                i += 1
            }
        }
        if drafts.isEmpty { return [] }
        drafts = mergeFromTo(drafts, passage)
        let context = FigureContext(passage: passage, sessionYear: sessionYear)
        var figures: [Figure] = []
        figures.reserveCapacity(drafts.count)
        var utf16 = 0
        var byte = 0
        var previous: (draft: FigureDraft, figure: Figure)?
        for index in drafts.indices {
            let draft = drafts[index]
            let leftLimit = previous?.draft.after ?? 0
            let rightLimit = index + 1 < drafts.count ? drafts[index + 1].qualStart : tokens.count
            guard let resolved = context.resolve(draft, leftLimit: leftLimit, rightLimit: rightLimit,
                                                 previous: previous.map { ($0.draft, $0.figure) }) else { continue }
            let start = tokens[draft.first].start
            let end = tokens[draft.last].end
            utf16 += utf16Count(bytes, from: byte, to: start)
            byte = start
            var figure = resolved
            figure.surface = passage.text(start, end)
            figure.offset = utf16
            figures.append(figure)
            previous = (draft, figure)
        }
        return figures
    }

    /// "fell from 14 days to 3 days", "rose from $2 billion to $5 billion": two figures of one unit
    /// joined by from … to are one change, worth the difference.
    private func mergeFromTo(_ drafts: [FigureDraft], _ passage: FigurePassage) -> [FigureDraft] {
        var out: [FigureDraft] = []
        out.reserveCapacity(drafts.count)
        var i = 0
        while i < drafts.count {
            let a = drafts[i]
            if i + 1 < drafts.count {
                let b = drafts[i + 1]
                if a.qualStart == a.first, passage.has(a.first - 1, .rangeFrom), b.qualStart == a.after + 1,
                   passage.has(a.after, .rangeTo), a.unit != nil, b.unit == a.unit || b.unit == nil,
                   a.valueMax == nil, b.valueMax == nil, !a.fromTo, !b.fromTo, !a.isMultiplier, !b.isMultiplier {
                    var m = a
                    m.last = b.last
                    m.after = b.after
                    m.value = b.value - a.value
                    m.fromTo = true
                    m.subject = a.unit == "count" ? a.subject : nil
                    m.ofFollows = false
                    out.append(m)
                    i += 2
                    continue
                }
            }
            out.append(a)
            i += 1
        }
        return out
    }

    /// UTF-16 code units in a byte range of valid UTF-8.
    private func utf16Count(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { n += b >= 0xF0 ? 2 : 1 }
            i += 1
        }
        return n
    }
}

/// A figure as read from its tokens, before its context (kind, year, subject) is settled.
struct FigureDraft: Sendable {
    /// First token of the qualifier, or of the figure when it has none.
    var qualStart: Int
    /// First and last token of the surface.
    var first: Int
    var last: Int
    /// The token after everything the figure consumed (its "of …" or counted noun included).
    var after: Int
    var value: Double
    var valueMax: Double?
    var unit: String?
    var hasScale = false
    var qualifier: FigureQualifier?
    /// The figure is a fraction word ("a third", «четверть»).
    var isFraction = false
    /// A word that is a change by itself ("doubled", «вдвое»).
    var isMultiplier = false
    /// "of which", "of them": the figure is a part of something named before.
    var ofFollows = false
    /// The subject read after the figure ("of soybeans", the counted noun).
    var subject: String?
    /// Written with a leading "+" ("+5%").
    var plusSign = false
    /// "fell from 14 days to 3 days": `value` is the signed difference, the figure is a change.
    var fromTo = false
    /// A target noun follows the figure ("the 80 million target"): it names what the figure is,
    /// not a counted thing.
    var targetNounAfter = false
}
