import RostrumModel

/// The attribution stage: finds the quotes of each section and the words that name their speakers.
///
/// Handles every style in docs/FORMATS.md: a quote followed by "Name, Role"; a repeat by name
/// only; "text — Name, Role"; «…», — Имя, должность; said-verbs; reported speech; quotes spanning
/// paragraphs; transcript turns. Paragraphs that are none of these are narrative.
public struct Attributor: Sendable {
    /// How many paragraphs a quote may span before it is taken as unclosed.
    public static let maximumSpan = 8

    public init() {}

    /// Attributes the quotes of `document`.
    public func attribute(_ document: SegmentedDocument) -> AttributedDocument {
        var warnings: [ExtractionWarning] = []
        // Names introduced with a role so far: a later bare name or surname may refer to them.
        var known = KnownNames(document.metadata.participants.map(\.name))
        // A few names, asked about once a turn: compared in a list, not hashed (as a set's would be).
        let moderators = document.metadata.participants.filter(\.isModerator).map(\.name)
        let participantNames = document.metadata.participants.map(\.name)
        var added: [String] = []
        var sections: [AttributedSection] = []
        for draft in document.sections {
            var items: [AttributedItem] = []
            var index = 0
            // "• “…,” Name", "— «…», — отметил X": list and dialogue markup before a quote is not text.
            // Changed in place: a section without bullets keeps its array, uncopied.
            var blocks = draft.blocks
            for b in blocks.indices {
                if let stripped = Self.withoutBullet(blocks[b].text) { blocks[b].text = stripped }
            }
            while index < blocks.count {
                let block = blocks[index]
                if case .turn(let label, let role) = block.kind {
                    // «ЕРШОВА Марина:» is the «Марина Ершова» of the participants list.
                    let speaker = TurnSpeaker.canonical(label, participants: participantNames)
                    // "NAME (Head, Federal Forestry Agency):" with "Head, Federal Forestry Agency (Rosleshoz)" in the
                    // list: the list's fuller role, which the label only begins.
                    var role = role
                    if let short = role, let listed = document.metadata.participants.first(where: { $0.name == speaker })?.role,
                       listed.utf8.count > short.utf8.count, listed.utf8.starts(with: short.utf8) {
                        role = listed
                    }
                    items.append(turn(block, speaker: speaker, role: role, moderators: moderators))
                    index += 1
                    continue
                }
                let before = items.count
                index = paragraph(at: index, in: blocks, known: known, into: &items, warnings: &warnings)
                for case .quote(let quote) in items[before...] {
                    guard let a = quote.attribution, a.role != nil else { continue }
                    // «По словам Анны Кузнецовой, …» introduces Анна Кузнецова: a later «Кузнецова
                    // также отметила, что …» names her by the surname in the nominative.
                    let name = quote.genitiveName ? RussianNameCase.nominative(ofGenitive: a.name) : a.name
                    // A name already added (with its surname) is not hashed again.
                    if added.contains(where: { UTF8Bytes.equal($0, name) }) { continue }
                    added.append(name)
                    known.insert(name)
                    if name.utf8.contains(UInt8(ascii: " ")), let surname = name.words().last { known.insert(String(surname)) }
                }
            }
            sections.append(AttributedSection(heading: draft.heading, group: draft.group, groupKind: draft.groupKind, items: items))
        }
        return AttributedDocument(title: document.title, metadata: document.metadata, sections: sections, warnings: warnings)
    }

    /// A transcript turn: a quote of its speaker, or a remark when the speaker moderates.
    private func turn(_ block: Block, speaker: String, role: String?, moderators: [String]) -> AttributedItem {
        let lowered = speaker.lowercasedFast()
        let text = String(Substring(block.text).unicodeScalars.prefix(24)).lowercasedFast()
        if text.hasPrefix("note:") || text.hasPrefix("editor's note") || text.hasPrefix("примечание") || text.hasPrefix("прим. ред")
            || text.hasPrefix("question from") || text.hasPrefix("вопрос из зала") || text.hasPrefix("вопрос:") || text.hasPrefix("question:")
            || lowered.hasPrefix("question from") || lowered.hasPrefix("вопрос из зала") || lowered == "audience" || lowered == "зал"
        {
            return .narrative(block.text)
        }
        if moderators.contains(speaker) || lowered == "moderator" || lowered == "модератор" || lowered == "ведущий" || lowered == "ведущая" {
            return .narrative(block.text)
        }
        return .quote(RawQuote(text: block.text, attribution: ParsedAttribution(name: speaker, role: role), line: block.line))
    }

    /// Reads the paragraph at `index` (and, for a quote that spans paragraphs, the ones after it).
    /// - Returns: the index of the next unread block.
    private func paragraph(
        at index: Int, in blocks: [Block], known: KnownNames, into items: inout [AttributedItem], warnings: inout [ExtractionWarning]
    ) -> Int {
        let block = blocks[index]
        let text = Substring(block.text).trimmingSpaces()
        if block.kind == .blockQuote, !QuoteMarks.startsWithQuote(text) {
            return blockQuote(at: index, in: blocks, known: known, into: &items, warnings: &warnings)
        }
        guard QuoteMarks.startsWithQuote(text) else {
            unquoted(String(text), line: block.line, known: known, into: &items, warnings: &warnings)
            return index + 1
        }
        let scalars = text.unicodeScalars
        guard let open = scalars.firstIndex(where: { QuoteMarks.isOpening($0) }) else { return index + 1 }
        if let close = QuoteMarks.closingIndex(in: scalars, openingAt: open) {
            let inner = Substring(scalars[scalars.index(after: open)..<close])
            let tail = Substring(scalars[scalars.index(after: close)...])
            return closedQuote(inner: inner, tail: tail, index: index, in: blocks, known: known, into: &items, warnings: &warnings)
        }
        // A quote that spans paragraphs: read on until the closing mark.
        var parts = [Substring(scalars[scalars.index(after: open)...]).trimmingSpaces()]
        var next = index + 1
        while next < blocks.count, next - index <= Self.maximumSpan {
            guard case .paragraph = blocks[next].kind else { break }
            var continuation = Substring(blocks[next].text).trimmingSpaces()
            if let first = continuation.unicodeScalars.first, QuoteMarks.isOpening(first) {
                continuation = Substring(continuation.unicodeScalars.dropFirst())
            }
            let cs = continuation.unicodeScalars
            if let close = QuoteMarks.closingIndex(in: cs, openingAt: cs.startIndex, assumingOpener: scalars[open]) {
                parts.append(Substring(cs[cs.startIndex..<close]).trimmingSpaces())
                let tail = Substring(cs[cs.index(after: close)...])
                let inner = Substring(parts.joined(separator: "\n\n"))
                return closedQuote(inner: inner, tail: tail, index: next, in: blocks, known: known, into: &items, warnings: &warnings, line: block.line)
            }
            parts.append(continuation)
            next += 1
        }
        // Never closed: perhaps a dash attribution inside the paragraph, else a quote without a speaker.
        let body = Substring(scalars[scalars.index(after: open)...])
        if let split = AttributionParser.dashAttributionSplit(String(body), known: known) {
            items.append(.quote(RawQuote(text: cleanQuote(split.quote), attribution: split.attribution, line: block.line)))
        } else {
            warnings.append(ExtractionWarning(code: .unclosedQuote, message: "A quotation mark opens here and never closes; the paragraph is kept as narrative.", line: block.line))
            items.append(.narrative(String(text)))
        }
        return index + 1
    }

    /// A quote whose closing mark was found: read its attribution from what follows the mark.
    private func closedQuote(
        inner: Substring, tail: Substring, index: Int, in blocks: [Block], known: KnownNames,
        into items: inout [AttributedItem], warnings: inout [ExtractionWarning], line: Int? = nil
    ) -> Int {
        let line = line ?? blocks[index].line
        var quoteText = cleanQuote(inner)
        var tail = tail
        // A quote split by its attribution: “A,” said Name, “B.”
        if let split = Self.splitQuoteContinuation(tail) {
            let continuation = cleanQuote(split.continuation)
            // “A,” he said. “B.” — two sentences; “A,” said X, “and b.” — one.
            let startsSentence = continuation.unicodeScalars.first?.isUppercaseFast ?? false
            if startsSentence, let last = quoteText.unicodeScalars.last, !".!?…".unicodeScalars.contains(last) {
                quoteText += "."
            }
            quoteText += " " + continuation
            tail = split.attribution
        }
        // The three parsers read the same sentence of the tail: it is cut once.
        let sentence = AttributionParser.attributionSentence(tail)
        if let parsed = AttributionParser.parse(sentence: sentence) ?? AttributionParser.parseRoleBeforeName(sentence: sentence)
            ?? Self.dashedRoleBeforeName(tail, sentence: sentence)
        {
            items.append(.quote(RawQuote(text: quoteText, attribution: parsed, line: line)))
            if let remainder = parsed.remainder {
                // What follows the attribution is read as a paragraph of its own.
                let extra = [Block(kind: .paragraph, text: remainder, line: line)]
                _ = paragraph(at: 0, in: extra, known: known, into: &items, warnings: &warnings)
            }
            return index + 1
        }
        let trimmedTail = AttributionParser.trimLeading(tail).trimmingSpaces()
        if isPronounAttribution(trimmedTail) {
            var quote = RawQuote(text: quoteText, attribution: nil, pronoun: true, line: line)
            quote.pronounGender = Self.gender(of: trimmedTail)
            items.append(.quote(quote))
            return index + 1
        }
        if trimmedTail.isEmpty || trimmedTail.allSatisfy({ $0 == "." || $0 == "," }) {
            // The attribution may stand on the next line: "— Name, Position".
            if index + 1 < blocks.count, blocks[index + 1].kind == .paragraph || blocks[index + 1].kind == .blockQuote {
                let next = Substring(blocks[index + 1].text).trimmingSpaces()
                if let dash = next.first, dash == "—" || dash == "–" || dash == "-", let parsed = AttributionParser.parse(next) {
                    items.append(.quote(RawQuote(text: quoteText, attribution: parsed, line: line)))
                    return index + 2
                }
            }
            // «Мы не против, — заметил Греф, — но …»: the attribution inside the quote, between dashes.
            if let inside = Self.innerAttribution(quoteText) {
                items.append(.quote(RawQuote(text: inside.quote, attribution: inside.attribution, line: line)))
                return index + 1
            }
            // «Мы не против, — заметил он, — но …»: the previous speaker.
            if let inside = innerPronoun(quoteText) {
                items.append(.quote(inside.with(line: line)))
                return index + 1
            }
            warnings.append(ExtractionWarning(code: .unattributedQuote, message: "No speaker follows this quote: \(preview(quoteText))", line: line))
            items.append(.quote(RawQuote(text: quoteText, attribution: nil, line: line)))
            return index + 1
        }
        // A quotation embedded in prose ("“…” is how the minister put it.") is narrative.
        items.append(.narrative(blocks[index].text))
        return index + 1
    }

    /// A block quote without quote marks (Markdown `>`, HTML `<blockquote>`): the whole block is
    /// the quote; the speaker follows a dash inside it or stands on the next line.
    private func blockQuote(
        at index: Int, in blocks: [Block], known: KnownNames, into items: inout [AttributedItem], warnings: inout [ExtractionWarning]
    ) -> Int {
        let block = blocks[index]
        if let split = AttributionParser.dashAttributionSplit(block.text, known: known) {
            items.append(.quote(RawQuote(text: cleanQuote(split.quote), attribution: split.attribution, line: block.line)))
            return index + 1
        }
        // The attribution on the next block: "— Name, Position" or a bare "Name, Position".
        if index + 1 < blocks.count {
            let next = Substring(blocks[index + 1].text).trimmingSpaces()
            if next.count < 250, !QuoteMarks.startsWithQuote(next),
                let parsed = AttributionParser.parse(next, requireRole: !(next.first == "—" || next.first == "–" || next.first == "-"))
            {
                items.append(.quote(RawQuote(text: cleanQuote(Substring(block.text)), attribution: parsed, line: block.line)))
                return index + 2
            }
        }
        if let reported = ReportedSpeech.match(block.text, known: known) {
            items.append(.quote(RawQuote(text: reported.clause, attribution: reported.speaker, indirect: true, genitiveName: reported.genitive, line: block.line)))
            return index + 1
        }
        warnings.append(ExtractionWarning(code: .unattributedQuote, message: "No speaker follows this block quote: \(preview(block.text))", line: block.line))
        items.append(.quote(RawQuote(text: cleanQuote(Substring(block.text)), attribution: nil, line: block.line)))
        return index + 1
    }

    /// “A,” said Name, “B.” — the attribution between two parts of one quote.
    static func splitQuoteContinuation(_ tail: Substring) -> (attribution: Substring, continuation: Substring)? {
        // The continuation's closing mark ends the tail (bar spaces and a period): most tails
        // end otherwise and are not searched for an opening mark.
        guard Self.mayEndWithClosingMark(tail) else { return nil }
        let scalars = tail.unicodeScalars
        guard let open = QuoteMarks.firstOpening(in: tail), open > scalars.startIndex,
            let close = QuoteMarks.closingIndex(in: scalars, openingAt: open)
        else { return nil }
        let after = Substring(scalars[scalars.index(after: close)...]).trimmingSpaces()
        guard after.isEmpty || after == "." else { return nil }
        var attribution = Substring(scalars[scalars.startIndex..<open]).trimmingSpaces()
        guard let mark = attribution.last, mark == "," || mark == ":" || mark == "." || mark == "—" || mark == "–" else { return nil }
        attribution.removeLast()
        attribution = attribution.trimmingSpaces()
        if let l = attribution.last, l == "." || l == "," { attribution.removeLast() }
        guard attribution.count < 200 else { return nil }
        return (attribution, Substring(scalars[scalars.index(after: open)..<close]))
    }

    /// False when `tail`, without trailing spaces and one period before them, does not end with a
    /// closing mark (", ”, », “): then no quote closes it with nothing but spaces and "." after.
    static func mayEndWithClosingMark(_ tail: Substring) -> Bool {
        // Read backwards as bytes: a space is 20, a no-break space C2 A0, " 22, » C2 BB,
        // ” E2 80 9D, “ E2 80 9C (C2 and E2 are lead bytes, never inside another scalar).
        let answer = tail.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var end = b.count
            func dropSpaces() {
                while end > 0 {
                    if b[end - 1] == 0x20 {
                        end -= 1
                    } else if end >= 2, b[end - 2] == 0xC2, b[end - 1] == 0xA0 {
                        end -= 2
                    } else {
                        break
                    }
                }
            }
            dropSpaces()
            if end > 0, b[end - 1] == UInt8(ascii: ".") {
                end -= 1
                dropSpaces()
            }
            guard end > 0 else { return false }
            if b[end - 1] == 0x22 { return true }
            if end >= 2, b[end - 2] == 0xC2, b[end - 1] == 0xBB { return true }
            return end >= 3 && b[end - 3] == 0xE2 && b[end - 2] == 0x80 && (b[end - 1] == 0x9D || b[end - 1] == 0x9C)
        }
        return answer ?? true
    }

    /// A paragraph that does not open with a quote mark: reported speech, a dash attribution,
    /// "Name: “…”", or narrative.
    private func unquoted(_ text: String, line: Int, known: KnownNames, into items: inout [AttributedItem], warnings: inout [ExtractionWarning]) {
        // "VLADIVOSTOK, September 5 (Interfax) – …": a news dateline opens the paragraph.
        if let body = Self.afterDateline(text) {
            unquoted(body, line: line, known: known, into: &items, warnings: &warnings)
            return
        }
        // «— Мы рассчитываем …, — отметил Вячеслав Рукша, …»: direct speech after a dialogue dash.
        if let body = DialogueDash.body(text), let quote = dialogue(body, known: known) {
            items.append(.quote(quote.with(line: line)))
            return
        }
        // "Name noted that A. He added that B." / "A, Name noted. He added that B.": a quote for each
        // sentence of reported speech, the later ones by the speaker just named.
        var continuation: (match: ReportedSpeechMatch, opening: String)?
        var reportedMatch = ReportedSpeech.match(text, known: known)
        if let split = ReportedSpeech.pronounContinuation(of: text, known: known),
            let head = ReportedSpeech.match(split.head, known: known), !head.direct
        {
            reportedMatch = head
            continuation = (split.next, split.opening)
        }
        if let reported = reportedMatch {
            // "Name noted that A. «B», — he added.": reported speech, then a direct quote by the same speaker.
            var direct: [AttributedItem] = []
            var clause = reported.clause
            if continuation == nil, !reported.direct, let split = directQuoteAfter(reported, line: line, known: known) {
                clause = split.head
                direct = split.items
            }
            var quote = RawQuote(
                text: clause, attribution: reported.pronoun ? nil : reported.speaker, indirect: !reported.direct,
                genitiveName: reported.genitive, pronoun: reported.pronoun, line: line)
            if reported.pronoun { quote.pronounGender = Self.gender(of: Substring(text.prefix(24))) }
            items.append(.quote(quote))
            while let next = continuation {
                continuation = nil
                var clause = next.match.clause
                if let split = ReportedSpeech.pronounContinuation(of: clause, known: known) {
                    clause = split.head
                    continuation = (split.next, split.opening)
                }
                var following = RawQuote(text: clause, attribution: nil, indirect: true, genitiveName: false, pronoun: true, line: line)
                following.pronounGender = Self.gender(of: Substring(next.opening))
                items.append(.quote(following))
            }
            items += direct
            return
        }
        if let split = AttributionParser.dashAttributionSplit(text, known: known) {
            items.append(.quote(RawQuote(text: cleanQuote(split.quote), attribution: split.attribution, line: line)))
            return
        }
        if let introduced = colonIntroduced(text) {
            items.append(.quote(introduced.with(line: line)))
            return
        }
        if let led = leadInQuote(text) {
            items.append(.quote(led.with(line: line)))
            return
        }
        // "Participants agreed that … . According to Name, …": reported speech after a narrative sentence.
        if let start = Self.reportedSentenceStart(in: text), let match = ReportedSpeech.match(String(text[start...]), known: known) {
            if !match.pronoun {
                items.append(.narrative(String(Substring(text[..<start]).trimmingSpaces())))
                unquoted(String(text[start...]), line: line, known: known, into: &items, warnings: &warnings)
                return
            }
            // "Position Name drew attention to X. In his view, …" / «… Андрей Северилов обратил внимание на …
            // По его мнению, …»: the pronoun names the person the first sentence introduced.
            if let speaker = Self.speakerIntroduced(in: text[..<start]) {
                items.append(.narrative(String(Substring(text[..<start]).trimmingSpaces())))
                items.append(.quote(RawQuote(text: match.clause, attribution: speaker, indirect: true, line: line)))
                return
            }
        }
        items.append(.narrative(text))
    }

    /// Reported speech whose paragraph goes on with the speaker's own words in quote marks and a
    /// said-verb ("Name noted that A. “B,” he added.", «По словам Имени, A. «B», — сказал он.»): the
    /// reported clause up to the quote, and the direct quote read as a paragraph of its own (the
    /// speaker just named stands for the pronoun or the surname). Nil unless the rest is one
    /// attributed quote.
    private func directQuoteAfter(_ reported: ReportedSpeechMatch, line: Int, known: KnownNames) -> (head: String, items: [AttributedItem])? {
        let clause = reported.clause
        guard let boundary = Self.quoteAfterSentence(in: clause) else { return nil }
        let head = Substring(clause[..<boundary]).trimmingSpaces()
        guard head.hasAtLeast(8) else { return nil }
        var names = known
        if !reported.genitive, !reported.pronoun, !reported.speaker.name.isEmpty {
            names.insert(reported.speaker.name)
            if let surname = reported.speaker.name.split(separator: " ").last { names.insert(String(surname)) }
        }
        var found: [AttributedItem] = []
        var ignored: [ExtractionWarning] = []
        _ = paragraph(at: 0, in: [Block(kind: .paragraph, text: String(clause[boundary...]), line: line)], known: names,
                      into: &found, warnings: &ignored)
        guard found.count == 1, case .quote(let quote) = found[0], !quote.indirect,
              quote.pronoun || quote.attribution.map({ $0.role == nil && names.contains($0.name) }) == true
        else { return nil }
        return (String(head), found)
    }

    /// The person a narrative sentence introduces with a verb of saying after the name and a role
    /// before it («Председатель совета директоров …, вице-президент РСПП Андрей Северилов обратил внимание
    /// на …», "Chief Economist Anna Petrova pointed to …"), or nil.
    static func speakerIntroduced(in head: Substring) -> ParsedAttribution? {
        let words = head.words()
        guard words.count >= 4 else { return nil }
        for i in 3..<min(words.count, 40) where SaidVerbs.match(words, at: i) > 0 {
            let phrase = head[..<words[i].startIndex]
            guard var parsed = AttributionParser.parseNameWithLeadingRole(phrase, allowCommas: true), var role = parsed.role else { return nil }
            // «Председатель совета директоров … обратил внимание»: the capital is the sentence's.
            role = ReportedSpeech.sentenceCaseDropped(role)
            parsed.role = role
            // «Председатель совета директоров компании …, вице-президент РСПП Андрей Северилов»: two roles, each
            // opened by a position word after a comma, are joined as roles are (by a semicolon).
            let parts = role.components(separatedBy: ", ")
            if parts.count > 1 {
                var joined = parts[0]
                for part in parts.dropFirst() {
                    let first = part.prefix(while: { $0 != " " }).lowercasedFast()
                    let opensRole = RussianPositions.starts.matches(Substring(first)) || RoleSplitter.positionHeads.contains(String(first))
                    joined += (opensRole ? "; " : ", ") + part
                }
                parsed.role = joined
            }
            return parsed
        }
        return nil
    }

    /// The index of an opening quote mark that starts a sentence inside `text` (after ". ", "! ", "? ").
    static func quoteAfterSentence(in text: String) -> String.Index? {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { b -> Int? in
            var i = 2
            while i < b.count {
                // « C2 AB, “ E2 80 9C, " 22 after ". ", "! " or "? ".
                if b[i - 1] == 0x20, b[i - 2] == 0x2E || b[i - 2] == 0x21 || b[i - 2] == 0x3F {
                    if b[i] == 0x22 || b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xAB
                        || b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9C {
                        return i
                    }
                }
                i += 1
            }
            return nil
        }
        guard let offset = found ?? nil else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: offset)
    }

    /// Where a sentence that introduces reported speech starts inside a narrative paragraph
    /// ("… bottleneck. According to Name, …", «… . По словам Имени, …», "… . As Name noted, …"),
    /// or nil. Only the bytes after each ". " are compared, so most paragraphs are passed over at once.
    static func reportedSentenceStart(in text: String) -> String.Index? {
        let utf8 = text.utf8
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = 0
            let n = bytes.count
            while i + 2 < n {
                // ". " and then A, I or a Cyrillic lead byte: only then are the openings compared.
                if bytes[i] == UInt8(ascii: "."), bytes[i + 1] == UInt8(ascii: " ") {
                    let b0 = bytes[i + 2]
                    if b0 == UInt8(ascii: "A") || b0 == UInt8(ascii: "I") || b0 == 0xD0 {
                        let rest = UnsafeBufferPointer(rebasing: bytes[(i + 2)...])
                        if reportedIntroductions.contains(where: { rest.starts(with: $0) }) { return i + 2 }
                    }
                }
                i += 1
            }
            return nil
        }
        guard let found = offset ?? nil else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: found)
    }

    /// Sentence openings of reported speech: the introductions `ReportedSpeech` reads.
    static let reportedIntroductions: [[UInt8]] = [
        "According to ", "In the view of ", "In the opinion of ", "In the words of ", "As ", "In ",
        "По словам ", "По мнению ", "По оценке ", "Как ", "По его ", "По её ", "По ее ",
    ].map { Array($0.utf8) }

    /// The quote of a dialogue paragraph (its `DialogueDash.body`), without the opening dash: the
    /// attribution after the last dash (a name and role, a said-verb, a position before the name, or
    /// a pronoun: «— добавил он»),
    /// or inside, between two dashes («— A, — заметил Греф, — но B»). Nil when no speaker is named.
    private func dialogue(_ body: Substring, known: KnownNames) -> RawQuote? {
        if let split = AttributionParser.dashAttributionSplit(String(body), known: known) {
            return RawQuote(text: cleanQuote(split.quote), attribution: split.attribution, line: 0)
        }
        if let split = DialogueDash.lastDashSplit(body, window: 300) {
            if isPronounAttribution(split.attribution) {
                var quote = RawQuote(text: cleanQuote(split.quote), attribution: nil, pronoun: true, line: 0)
                quote.pronounGender = Self.gender(of: split.attribution)
                return quote
            }
            // «— …, — отметил глава Минтранса Виталий Савельев.», «— …, — министр транспорта Виталий
            // Савельев.»: a position before the name, with or without a verb.
            let sentence = AttributionParser.attributionSentence(split.attribution)
            if sentence.remainder == nil,
                let parsed = AttributionParser.parseRoleBeforeName(sentence: sentence) ?? AttributionParser.parseNameWithLeadingRole(sentence.text)
            {
                return RawQuote(text: cleanQuote(split.quote), attribution: parsed, line: 0)
            }
        }
        let text = String(body)
        if let inside = Self.innerAttribution(text) {
            return RawQuote(text: inside.quote, attribution: inside.attribution, line: 0)
        }
        return innerPronoun(text)
    }

    /// «A, — заметил он, — но B», "A, — he said, — but B": a pronoun between two dashes inside the
    /// quote names the previous speaker; the quote is "A, but B".
    private func innerPronoun(_ quote: String) -> RawQuote? {
        let text = Substring(quote)
        for opener in [", — ", ", – "] {
            guard let open = UTF8Search.ranges(of: Array(opener.utf8), in: text, limit: 2000).first else { continue }
            let rest = text[open.upperBound...]
            for closer in [", — ", ", – ", " — ", " – "] {
                guard let close = UTF8Search.ranges(of: Array(closer.utf8), in: rest, limit: 40).first else { continue }
                let middle = rest[..<close.lowerBound]
                guard isPronounAttribution(middle) else { continue }
                let joined = Self.joined(text[..<open.lowerBound], around: middle, rest[close.upperBound...])
                var raw = RawQuote(text: joined, attribution: nil, pronoun: true, line: 0)
                raw.pronounGender = Self.gender(of: middle)
                return raw
            }
        }
        return nil
    }

    /// "Name[, Role]: “quote”" — a speaker introducing their own words.
    private func colonIntroduced(_ text: String) -> RawQuote? {
        guard let colonRange = UTF8Search.ranges(of: Self.colonBytes, in: Substring(text), limit: 300).first else { return nil }
        let colon = colonRange.lowerBound
        let after = Substring(text[text.index(after: colon)...]).trimmingSpaces()
        let scalars = after.unicodeScalars
        guard let first = scalars.first, QuoteMarks.isOpening(first),
            let close = QuoteMarks.closingIndex(in: scalars, openingAt: scalars.startIndex)
        else { return nil }
        let rest = Substring(scalars[scalars.index(after: close)...]).trimmingSpaces()
        guard rest.isEmpty || rest == "." else { return nil }
        let inner = Substring(scalars[scalars.index(after: scalars.startIndex)..<close])
        // "Asked whether …, he replied: “…”": the previous speaker.
        let headWords = Substring(text[..<colon]).words()
        if headWords.count >= 2, isPronounAttribution(Substring(headWords.suffix(2).joined(separator: " "))) {
            var quote = RawQuote(text: cleanQuote(inner), attribution: nil, pronoun: true, line: 0)
            quote.pronounGender = Self.gender(of: Substring(headWords.suffix(2).joined(separator: " ")))
            return quote
        }
        guard let parsed = AttributionParser.parse(Substring(text[..<colon])) else { return nil }
        return RawQuote(text: cleanQuote(inner), attribution: parsed, line: 0)
    }

    /// "Speaking about schools, “…,” said Anna Smirnova, Director, Teachers Fund." — a short lead-in
    /// before the quote in the same paragraph; the lead-in is the editor's, the quote the speaker's.
    private func leadInQuote(_ text: String) -> RawQuote? {
        // Most narrative paragraphs hold no opening mark at all: one byte scan lets them go
        // before their scalars are walked.
        guard QuoteMarks.firstOpening(in: Substring(text)) != nil else { return nil }
        let scalars = text.unicodeScalars
        var seen = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, seen < 160 {
            let scalar = scalars[index]
            if QuoteMarks.isOpening(scalar) {
                let before = Substring(scalars[scalars.startIndex..<index]).trimmingSpaces()
                guard before.last == "," || before.last == ":" || before.last == "–" || before.last == "—" || before.last == "-" else { return nil }
                let sub = Substring(text).unicodeScalars
                guard let close = QuoteMarks.closingIndex(in: sub, openingAt: index) else { return nil }
                let tail = Substring(sub[sub.index(after: close)...])
                let sentence = AttributionParser.attributionSentence(tail)
                guard let parsed = AttributionParser.parse(sentence: sentence) ?? AttributionParser.parseRoleBeforeName(sentence: sentence),
                    parsed.remainder == nil
                else { return nil }
                let inner = Substring(sub[sub.index(after: index)..<close])
                return RawQuote(text: cleanQuote(inner), attribution: parsed, line: 0)
            }
            seen += 1
            index = scalars.index(after: index)
        }
        return nil
    }

    /// The gender that the words of a pronoun attribution give: "she said", «ответила она».
    static func gender(of words: Substring) -> GenderGuess.Gender? {
        for word in words.words() {
            if let gender = GenderGuess.gender(ofPronounOrVerb: SaidVerbs.normalized(word)) { return gender }
        }
        return nil
    }

    /// The paragraph after a news dateline ("MOSCOW, June 7 (TASS) – ", «МОСКВА, 7 июня. /ТАСС/. »), if any.
    static func afterDateline(_ text: String) -> String? {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.first, first.isUppercaseFast else { return nil }
        // The city: a word in capitals.
        var index = scalars.startIndex
        var letters = 0
        while index < scalars.endIndex, scalars[index].isUppercaseFast || scalars[index] == "-" || scalars[index] == " " {
            if scalars[index].isAlphabeticFast { letters += 1 }
            index = scalars.index(after: index)
        }
        guard letters >= 3, index < scalars.endIndex, scalars[index] == "," else { return nil }
        // The agency and a dash within the next 60 characters.
        var seen = 0
        var closed = false
        while index < scalars.endIndex, seen < 60 {
            let c = scalars[index]
            if c == ")" || c == "/" { closed = true }
            if closed, c == "—" || c == "–" || c == "-" || c == "." {
                let rest = Substring(scalars[scalars.index(after: index)...]).trimmingSpaces()
                if let l = rest.first, l == "/" || l == "." { return nil }
                return rest.isEmpty ? nil : String(rest)
            }
            seen += 1
            index = scalars.index(after: index)
        }
        return nil
    }

    /// «…», — специальный представитель госкорпорации «Росатом» Владимир Панов: a dash, a position and
    /// the name, without a verb.
    /// `sentence` is the tail's `AttributionParser.attributionSentence`, which the caller has cut already.
    static func dashedRoleBeforeName(_ tail: Substring, sentence cut: (text: Substring, remainder: String?)) -> ParsedAttribution? {
        let trimmed = tail.trimmingSpaces()
        let afterComma = trimmed.first == "," ? trimmed.dropFirst().trimmingSpaces() : trimmed
        guard let dash = afterComma.unicodeScalars.first, dash == "—" || dash == "–" else { return nil }
        let (sentence, remainder) = cut
        guard var parsed = AttributionParser.parseNameWithLeadingRole(sentence) else { return nil }
        parsed.remainder = remainder
        return parsed
    }

    /// A paragraph without its leading bullet ("• ", "· ", "▪ "), or nil when it has none.
    static func withoutBullet(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first else { return nil }
        // Most paragraphs open with a letter or a quote mark: nothing to strip, nothing to slice.
        guard first == "•" || first == "·" || first == "▪" || first == "●" || first == "◦" || first == "—" || first == "–" else { return nil }
        let rest = Substring(Substring(text).unicodeScalars.dropFirst()).trimmingSpaces()
        if first == "•" || first == "·" || first == "▪" || first == "●" || first == "◦" {
            return rest.isEmpty ? nil : String(rest)
        }
        // "— «Седьмое», — отметил Петров.": a dialogue dash before a quote.
        if first == "—" || first == "–", let next = rest.unicodeScalars.first, QuoteMarks.isOpening(next) {
            return String(rest)
        }
        return nil
    }

    /// «A, — заметил Греф, — но B»: the speaker named inside the quote between two dashes.
    static func innerAttribution(_ quote: String) -> (quote: String, attribution: ParsedAttribution)? {
        let text = Substring(quote)
        for opener in [", — ", ", – "] {
            guard let open = UTF8Search.ranges(of: Array(opener.utf8), in: text, limit: 2000).first else { continue }
            let rest = text[open.upperBound...]
            for closer in [", — ", ", – ", " — ", " – "] {
                guard let close = UTF8Search.ranges(of: Array(closer.utf8), in: rest, limit: 300).first else { continue }
                let middle = rest[..<close.lowerBound]
                let words = middle.words()
                // «A, — рассказала ректор университета Елена Шкарубо. — B»: a position before the name.
                guard SaidVerbs.match(words, at: 0) > 0,
                    let parsed = AttributionParser.parse(middle) ?? AttributionParser.parseRoleBeforeName(middle)
                else { continue }
                return (joined(text[..<open.lowerBound], around: middle, rest[close.upperBound...]), parsed)
            }
        }
        return nil
    }

    /// The two parts of a quote split by its attribution, joined: «A, — заметил Греф, — но B» →
    /// «A, но B»; «A, — убеждён X. — B» → «A. B» (the attribution ended a sentence, B starts the next).
    static func joined(_ first: Substring, around middle: Substring, _ second: Substring) -> String {
        let second = second.trimmingSpaces()
        let endsSentence = middle.trimmingSpaces().utf8.last == UInt8(ascii: ".")
            && (second.unicodeScalars.first?.isUppercaseFast ?? false)
        return String(first) + (endsSentence ? ". " : ", ") + String(second)
    }

    private static let colonBytes: [UInt8] = [UInt8(ascii: ":")]
    /// The pronouns of a pronoun attribution, built once rather than per paragraph.
    private static let pronouns: Set<String> = ["he", "she", "он", "она"]

    /// "he said", "she added", «он отметил».
    private func isPronounAttribution(_ tail: Substring) -> Bool {
        let words = tail.words()
        guard words.count == 2 || words.count == 3 else { return false }
        let pronouns = Self.pronouns
        let first = SaidVerbs.normalized(words[0])
        let second = SaidVerbs.normalized(words[1])
        if pronouns.contains(first) { return SaidVerbs.match(words, at: 1) > 0 }
        return pronouns.contains(second) && SaidVerbs.match(words, at: 0) == 1
    }

    /// The quote text without the comma that English puts before the closing mark.
    private func cleanQuote(_ inner: Substring) -> String {
        var text = inner.trimmingSpaces()
        // A final comma or space is a Character of its own unless the scalar before it is a
        // Prepend scalar (U+0600 and above, led by D8…DF, E0 or F0…F4): those take the Character walk.
        let utf8 = text.utf8
        var end = utf8.endIndex
        var prepend = false
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: ",") || utf8[before] == UInt8(ascii: " ") else { break }
            var lead = before
            var steps = 0
            repeat {
                guard lead > utf8.startIndex else { break }
                lead = utf8.index(before: lead)
                steps += 1
            } while utf8[lead] & 0xC0 == 0x80 && steps < 4
            if lead < before {
                let b = utf8[lead]
                guard b < 0xD8 || (b >= 0xE1 && b <= 0xEF) else {
                    prepend = true
                    break
                }
            }
            end = before
        }
        text = text[..<end]
        while prepend, let last = text.last, last == "," || last == " " { text.removeLast() }
        return String(text)
    }

    private func preview(_ text: String) -> String {
        text.count <= 60 ? "“\(text)”" : "“\(text.prefix(57))…”"
    }
}

extension RawQuote {
    func with(line: Int) -> RawQuote {
        var copy = self
        copy.line = line
        return copy
    }
}

extension QuoteMarks {
    /// The closing mark for a continuation paragraph whose opening mark was on an earlier paragraph.
    static func closingIndex(
        in text: Substring.UnicodeScalarView, openingAt start: Substring.UnicodeScalarView.Index, assumingOpener opener: Unicode.Scalar
    ) -> Substring.UnicodeScalarView.Index? {
        // The bytes are scanned in place: « C2 AB, » C2 BB, “ E2 80 9C, ” E2 80 9D, " 22.
        let utf8 = Substring(text[start...]).utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var depth = 1
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                switch opener {
                case "«":
                    if b == 0xC2, i + 1 < n {
                        if bytes[i + 1] == 0xAB { depth += 1 } else if bytes[i + 1] == 0xBB { depth -= 1; if depth == 0 { return i } }
                    }
                case "“":
                    if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                        if bytes[i + 2] == 0x9C { depth += 1 } else if bytes[i + 2] == 0x9D { depth -= 1; if depth == 0 { return i } }
                    }
                default:
                    if b == 0x22 { return i }
                    if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x9C { return i }
                }
                i += 1
            }
            return nil
        }
        guard let found else { return closingIndexByScalars(in: text, openingAt: start, assumingOpener: opener) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// `closingIndex(in:openingAt:assumingOpener:)` by a walk over the scalars.
    static func closingIndexByScalars(
        in text: Substring.UnicodeScalarView, openingAt start: Substring.UnicodeScalarView.Index, assumingOpener opener: Unicode.Scalar
    ) -> Substring.UnicodeScalarView.Index? {
        var depth = 1
        var index = start
        while index < text.endIndex {
            let scalar = text[index]
            switch opener {
            case "«":
                if scalar == "«" { depth += 1 } else if scalar == "»" { depth -= 1; if depth == 0 { return index } }
            case "“":
                if scalar == "“" { depth += 1 } else if scalar == "”" { depth -= 1; if depth == 0 { return index } }
            default:
                if scalar == "\"" || scalar == "”" || scalar == "“" { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
