import RostrumModel

/// A speaker of a generated session: the name in the session's script, the role as written and
/// the gold speaker a perfect extractor returns (repeats carry the same value).
struct SessionSpeaker: Sendable {
    var display: String
    var genitive: String
    var female: Bool
    var role: GeneratedRole
    var gold: Speaker
    var introduced = false
    var quotes = 0
}

/// Builds one session: its layout (format-independent blocks) and its gold document.
///
/// Gold quote texts follow what the spec's extractor returns:
/// - direct quotes: the text between the marks, without the comma that precedes the attribution
///   (“A. B,” Name → "A. B"); a final "!" or "?" is kept; a final "." is kept when the document keeps it;
/// - text — Name (with or without marks) and «…», — Имя: the text before the dash, without the period
///   the dash replaces;
/// - multi-paragraph quotes: paragraphs joined with "\n\n";
/// - reported speech: "X noted that Y." → "Y." (first letter as written); "According to X, Y." → "Y.";
///   «По словам X, Y.» / «Как отметил X, Y.» / «X отметил, что Y.» → "Y.".
struct SessionBuilder {
    var rng: SplitMix64
    let language: Language
    let format: DocumentFormat

    private var features: Set<GenerationFeature> = []
    private var speakers: [SessionSpeaker] = []
    private var speakerOrder: [Int] = []
    private var blocks: [DocumentBlock] = []
    private var sections: [Section] = []
    private var sessionYear: Int?

    // Per-document typography.
    private var open = "“"
    private var close = "”"
    private var dash = "—"

    init(rng: SplitMix64, language: Language, format: DocumentFormat) {
        self.rng = rng
        self.language = language
        self.format = format
    }

    private var ru: Bool { language == .ru }

    mutating func build() -> (DocumentLayout, ExtractedDocument, Set<GenerationFeature>) {
        // Metadata.
        let events = ru ? SessionLexicon.russianEvents : SessionLexicon.englishEvents
        let ev = rng.pick(events)
        let year = rng.int(in: 2015...2023)
        let day = rng.int(in: 1...28)
        let hasHeader = rng.chance(format == .text ? 0.85 : 0.9)
        let iso = "\(year)-" + (ev.1 < 10 ? "0" : "") + "\(ev.1)-" + (day < 10 ? "0" : "") + "\(day)"
        let months = ru ? SessionLexicon.russianMonths : SessionLexicon.englishMonths
        let written = ru ? "\(day) \(months[ev.1 - 1]) \(year) г." : "\(day) \(months[ev.1 - 1]) \(year)"
        let eventName = ev.0 + " \(year)"
        let source = "https://forum.example.org/" + (ru ? "ru/" : "") + "sessions/\(rng.int(in: 1000...99999))"
        if hasHeader {
            sessionYear = year
            features.insert(.metadataHeader)
        }
        let mainTitle = rng.pick(ru ? SessionLexicon.russianTitles : SessionLexicon.englishTitles)
        let subtitle = rng.pick(ru ? SessionLexicon.russianSubtitles : SessionLexicon.englishSubtitles)
        let title = mainTitle.contains(":") ? mainTitle : mainTitle + subtitle
        let repeatTitle = format == .text && rng.chance(0.2)
        if repeatTitle { features.insert(.repeatedTitle) }

        // Typography.
        if !ru, rng.chance(0.2) {
            open = "\""
            close = "\""
        }
        dash = ["—", "–", "-"][rng.weighted([75, 20, ru ? 0 : 5])]

        // Topics and people.
        let topics = ru ? TopicLexicon.russian : TopicLexicon.english
        let mainTopic = rng.int(topics.count)
        let speakerCount = rng.int(in: 3...6)
        var used: Set<String> = []
        while speakers.count < speakerCount {
            let p = NamePool.person(&rng)
            let display = ru ? p.cyrillic : p.latin
            if used.contains(display) { continue }
            used.insert(display)
            let role = RoleLexicon.role(&rng, language: language)
            let gold = Speaker(name: display, position: role.position, organization: role.organization,
                               otherRoles: role.otherRoles)
            speakers.append(SessionSpeaker(display: display, genitive: ru ? p.cyrillicGenitive : p.latin,
                                           female: p.female, role: role, gold: gold))
        }
        var moderator: (name: String, female: Bool, role: GeneratedRole)?
        if rng.chance(0.5) {
            var p = NamePool.person(&rng)
            while used.contains(ru ? p.cyrillic : p.latin) { p = NamePool.person(&rng) }
            moderator = (ru ? p.cyrillic : p.latin, p.female, RoleLexicon.moderatorRole(&rng, language: language))
        }

        // Intro before the first heading.
        var intro: [String] = []
        if let m = moderator, rng.chance(0.7) {
            intro.append(SessionLexicon.moderatorIntro(name: m.name, role: m.role.rendered, female: m.female, language: language))
            features.insert(.moderator)
        }
        if rng.chance(0.25) { intro.append(SessionLexicon.narrative(language: language, words: topics[mainTopic], &rng)) }
        if !intro.isEmpty {
            sections.append(Section(heading: nil, paragraphs: intro))
            for t in intro { blocks.append(.narrative(t, wrap: wrap())) }
            features.insert(.narrative)
        }

        // Sections, optionally under group labels.
        var plan: [(group: SectionKind?, kind: SectionKind)] = []
        if rng.chance(0.35) {
            features.insert(.groupLabel)
            for g in [SectionKind.conclusion, .problem, .solution] where rng.chance(g == .conclusion ? 0.8 : 0.7) || plan.isEmpty {
                for _ in 0..<rng.int(in: 1...2) { plan.append((g, g)) }
            }
        } else {
            for _ in 0..<rng.int(in: 3...6) {
                plan.append((nil, [SectionKind.other, .problem, .solution][rng.weighted([40, 30, 30])]))
            }
        }
        var currentGroup: (SectionKind, String)?
        for (si, item) in plan.enumerated() {
            if let g = item.group, currentGroup?.0 != g {
                let label = SessionLexicon.groupLabel(g, language: language, &rng)
                currentGroup = (g, label)
                blocks.append(.groupLabel(label))
            }
            let topic = rng.chance(0.6) ? mainTopic : rng.int(topics.count)
            let words = topics[topic]
            let headingKind: SectionKind = item.group == nil ? item.kind : [SectionKind.other, item.kind][rng.int(2)]
            let heading = SessionLexicon.heading(headingKind == .conclusion ? .other : headingKind, language: language,
                                                 words: words, &rng)
            blocks.append(.heading(heading))
            var section = Section(heading: heading, group: currentGroup?.1, kind: item.kind)
            let composer = QuoteComposer(sentences: SentenceComposer(language: language, sessionYear: sessionYear, words: words))
            let quoteCount = rng.int(in: 1...4)
            let narrativeAt = rng.chance(0.2) ? rng.int(quoteCount + 1) : -1
            for qi in 0...quoteCount {
                if qi == narrativeAt {
                    let text: String
                    if let m = moderator, rng.chance(0.5) {
                        text = SessionLexicon.moderatorRemark(name: m.name, female: m.female, language: language, words: words)
                        features.insert(.moderator)
                    } else {
                        text = SessionLexicon.narrative(language: language, words: words, &rng)
                    }
                    section.paragraphs.append(text)
                    blocks.append(.narrative(text, wrap: wrap()))
                    features.insert(.narrative)
                }
                if qi < quoteCount {
                    let q = makeQuote(composer, topic: words.topic)
                    section.quotes.append(q)
                }
            }
            sections.append(section)
            if si < plan.count - 1, rng.chance(0.06) {
                let b = SessionLexicon.boilerplate(language: language, year: year, &rng)
                blocks.append(.boilerplate(b.0, link: b.1))
                features.insert(.boilerplate)
            }
        }
        if rng.chance(0.8) {
            for _ in 0..<rng.int(in: 1...3) {
                let b = SessionLexicon.boilerplate(language: language, year: year, &rng)
                blocks.append(.boilerplate(b.0, link: b.1))
            }
            features.insert(.boilerplate)
        }

        for i in speakerOrder { features.formUnion(speakers[i].role.features) }
        let summaries = speakerOrder.map { i in
            SpeakerSummary(name: speakers[i].gold.name, position: speakers[i].gold.position,
                           organization: speakers[i].gold.organization, quotes: speakers[i].quotes)
        }
        let gold = ExtractedDocument(
            title: title, language: language, event: hasHeader ? eventName : nil, date: hasHeader ? iso : nil,
            source: hasHeader ? source : nil, sections: sections, speakers: summaries, warnings: [])
        let layout = DocumentLayout(
            title: title, language: ru ? .ru : .en, event: hasHeader ? eventName : nil, isoDate: hasHeader ? iso : nil,
            writtenDate: hasHeader && rng.chance(0.3) ? written : nil, source: hasHeader ? source : nil,
            repeatTitle: repeatTitle, blocks: blocks)
        return (layout, gold, features)
    }

    private mutating func wrap() -> Bool {
        let w = format == .text && rng.chance(0.15)
        if w { features.insert(.hardWrap) }
        return w
    }

    // MARK: quotes

    private enum Style { case nameRole, repeatName, dashMarks, dashNoMarks, said, indirect, multi }

    private mutating func chooseSpeaker() -> Int {
        let fresh = speakers.indices.filter { !speakers[$0].introduced }
        if let first = fresh.first, speakerOrder.isEmpty || rng.chance(0.55) { return first }
        let known = speakerOrder
        if known.isEmpty { return fresh.first ?? 0 }
        return rng.pick(known)
    }

    private mutating func makeQuote(_ composer: QuoteComposer, topic: String) -> Quote {
        let si = chooseSpeaker()
        let introduced = speakers[si].introduced
        var style: Style
        if !introduced {
            style = [Style.nameRole, .dashMarks, .dashNoMarks, .multi][rng.weighted([72, 12, 8, 8])]
        } else {
            style = [Style.repeatName, .said, .indirect, .nameRole, .multi][rng.weighted([37, 25, 22, 10, 6])]
        }
        if !speakers[si].introduced {
            speakers[si].introduced = true
            speakerOrder.append(si)
        }
        speakers[si].quotes += 1
        let sp = speakers[si]
        let withRole = !introduced || style == .nameRole
        let roleSuffix = ", " + sp.role.rendered + (sp.role.rendered.hasSuffix(".") ? "" : (rng.chance(0.92) ? "." : ""))
            + (rng.chance(0.1) ? " " : "")

        if style == .indirect {
            var clause = composer.reportedClause(&rng)
            if !clause.properStart { clause.acc.lowercaseFirstLetter() }
            features.formUnion(clause.features)
            features.insert(.indirect)
            let block: QuoteBlock
            let v = rng.int(4)
            if ru {
                switch v {
                case 0: block = QuoteBlock(leading: [], prefix: "По словам ", name: sp.genitive, suffix: ", " + clause.acc.text)
                case 1: block = QuoteBlock(leading: [], prefix: "Как " + RussianGrammar.past("отметил", female: sp.female) + " ",
                                           name: sp.display, suffix: ", " + clause.acc.text)
                default:
                    let verb = RussianGrammar.past(rng.pick(["отметил", "подчеркнул", "заявил"]), female: sp.female)
                    block = QuoteBlock(leading: [], prefix: "", name: sp.display, suffix: " " + verb + ", что " + clause.acc.text)
                }
            } else {
                switch v {
                case 0: block = QuoteBlock(leading: [], prefix: "According to ", name: sp.display, suffix: ", " + clause.acc.text)
                default:
                    let verb = rng.pick(["noted", "said", "stressed", "pointed out", "added"])
                    block = QuoteBlock(leading: [], prefix: "", name: sp.display, suffix: " " + verb + " that " + clause.acc.text)
                }
            }
            blocks.append(.quote(block))
            return Quote(text: clause.acc.text, speaker: sp.gold, figures: clause.acc.figures, topics: [topic], indirect: true)
        }

        let paragraphsWanted = style == .multi ? rng.int(in: 2...3) : 1
        var body = composer.body(&rng, paragraphs: paragraphsWanted)
        if style == .dashNoMarks, body.hasDash { style = .dashMarks }
        features.formUnion(body.features)
        let endsPeriod = body.endsWithPeriod
        let o = ru ? "«" : open
        let c = ru ? "»" : close
        let d = ru ? (dash == "-" ? "—" : dash) : dash
        var leading: [String] = []
        leading.reserveCapacity(body.paragraphs.count)
        for (i, p) in body.paragraphs.dropLast().enumerated() { leading.append((i == 0 ? o : "") + p.text) }
        let lastText = body.paragraphs.last?.text ?? ""
        let lastOpen = body.paragraphs.count == 1 ? o : ""
        let trimmed = TextCase.dropping(".", from: lastText)
        var trim = endsPeriod
        let block: QuoteBlock
        switch style {
        case .nameRole, .repeatName, .multi:
            if style == .nameRole { features.insert(.quoteNameRole) }
            if style == .repeatName { features.insert(.repeatByName) }
            if style == .multi { features.insert(.multiParagraph) }
            let suffix = withRole && style != .repeatName ? roleSuffix : "."
            if ru {
                features.insert(.russianDash)
                let inner = endsPeriod ? trimmed + c + ", " + d + " " : lastText + c + " " + d + " "
                block = QuoteBlock(leading: leading, prefix: lastOpen + inner, name: sp.display, suffix: suffix)
            } else if endsPeriod, rng.chance(0.85) {
                block = QuoteBlock(leading: leading, prefix: lastOpen + trimmed + "," + c + " ", name: sp.display, suffix: suffix)
            } else {
                trim = false
                block = QuoteBlock(leading: leading, prefix: lastOpen + lastText + c + " ", name: sp.display, suffix: suffix)
            }
        case .dashMarks:
            features.insert(.dashWithMarks)
            block = QuoteBlock(leading: leading, prefix: lastOpen + trimmed + c + " " + d + " ", name: sp.display,
                               suffix: withRole ? roleSuffix : ".")
        case .dashNoMarks:
            features.insert(.dashWithoutMarks)
            block = QuoteBlock(leading: leading, prefix: trimmed + " " + d + " ", name: sp.display,
                               suffix: withRole ? roleSuffix : ".")
        case .said:
            features.insert(.saidVerb)
            let inner = endsPeriod ? lastOpen + trimmed + (ru ? c + ", " + d + " " : "," + c + " ") : lastOpen + lastText + c + " " + (ru ? d + " " : "")
            if ru {
                let verb = RussianGrammar.past(rng.pick(["сказал", "отметил", "добавил", "подчеркнул", "пояснил"]), female: sp.female)
                block = QuoteBlock(leading: leading, prefix: inner + verb + " ", name: sp.display, suffix: ".")
            } else {
                let verb = rng.pick(["said", "said", "noted", "added", "stressed", "explained"])
                if rng.chance(0.5) {
                    block = QuoteBlock(leading: leading, prefix: inner + verb + " ", name: sp.display, suffix: ".")
                } else {
                    block = QuoteBlock(leading: leading, prefix: inner, name: sp.display, suffix: " " + verb + ".")
                }
            }
        case .indirect:
            block = QuoteBlock(leading: [], prefix: "", name: "", suffix: "")
        }
        blocks.append(.quote(block))
        body.features = []
        let gold = body.gold(trimmingFinalPeriod: trim)
        return Quote(text: gold.text, speaker: sp.gold, figures: gold.figures, topics: [topic], indirect: false)
    }
}
