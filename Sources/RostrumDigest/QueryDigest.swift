public import RostrumModel

/// A digest across sessions: the quotes a query found, grouped by thesis (the quote's main topic)
/// and, under each, by event and session, after a box of the key figures they cite.
///
/// Pure: found quotes in, an `ExtractedDocument` out, so `MarkdownDigest` and `HTMLDigest` write
/// it in the seed's layout like any session. The key figures are the box's paragraphs; each
/// thesis is a group, each session under it a heading.
public struct QueryDigest: Sendable {
    /// One found quote and where it was said.
    public struct Item: Sendable, Hashable {
        public var quote: Quote
        public var language: Language
        public var event: String?
        public var date: String?
        public var sessionTitle: String?

        /// An item.
        public init(quote: Quote, language: Language, event: String?, date: String?, sessionTitle: String?) {
            self.quote = quote
            self.language = language
            self.event = event
            self.date = date
            self.sessionTitle = sessionTitle
        }
    }

    /// Names of topics for the thesis headings: taxonomy id → label.
    public var topicLabels: [String: String]
    /// How many figures the box lists at most.
    public var keyFigures: Int

    /// A digest writer; `topicLabels` names the theses (an id without a label is shown as is).
    public init(keyFigures: Int = 8, topicLabels: [String: String] = [:]) {
        self.keyFigures = keyFigures
        self.topicLabels = topicLabels
    }

    /// The language a digest of `items` is written in: Russian when most quotes are, else English.
    public static func language(of items: [Item]) -> Language {
        items.filter { $0.language == .ru }.count * 2 > items.count ? .ru : .en
    }

    /// The digest of `items` (in relevance order) for `query`.
    public func digest(query: String, items: [Item]) -> ExtractedDocument {
        let language = Self.language(of: items)
        var sections: [Section] = []
        let figures = keyFigureLines(items, language: language)
        if !figures.isEmpty {
            sections.append(Section(heading: nil, group: language == .ru ? "Ключевые цифры" : "Key figures", paragraphs: figures))
        }
        // Theses in the order of their best-ranked quote; sessions by date within each.
        var order: [String] = []
        var byThesis: [String: [Item]] = [:]
        for item in items {
            let thesis = item.quote.topics.first ?? ""
            if byThesis[thesis] == nil { order.append(thesis) }
            byThesis[thesis, default: []].append(item)
        }
        let other = language == .ru ? "Другое" : "Other"
        for thesis in order {
            let group = thesis.isEmpty ? other : topicLabels[thesis] ?? thesis
            let thesisItems = byThesis[thesis] ?? []
            var sessionOrder: [String] = []
            var bySession: [String: [Item]] = [:]
            for item in thesisItems.sorted(by: { ($0.date ?? "", $0.sessionTitle ?? "") < ($1.date ?? "", $1.sessionTitle ?? "") }) {
                let heading = [item.event, item.sessionTitle, item.date].compactMap { $0 }.joined(separator: " — ")
                if bySession[heading] == nil { sessionOrder.append(heading) }
                bySession[heading, default: []].append(item)
            }
            for heading in sessionOrder {
                let quotes = bySession[heading] ?? []
                sections.append(Section(heading: heading.isEmpty ? nil : heading, group: group, topics: thesis.isEmpty ? [] : [thesis],
                                        quotes: quotes.map(\.quote)))
            }
        }
        let title = (language == .ru ? "Дайджест: " : "Digest: ") + query
        return ExtractedDocument(title: title, language: language, sections: sections)
    }

    /// "$107 billion — trade turnover, 2018 (Zhang Wei, Eastern Economic Forum 2019)": the figures
    /// with a unit, targets and levels first, at most `keyFigures`, each once.
    func keyFigureLines(_ items: [Item], language: Language) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        let ranked = items.flatMap { item in item.quote.figures.map { (item, $0) } }
            .filter { $0.1.unit != nil && $0.1.kind != .duration }
            .enumerated()
            .sorted { a, b in
                let ra = Self.rank(a.element.1.kind), rb = Self.rank(b.element.1.kind)
                return ra != rb ? ra < rb : a.offset < b.offset
            }
        for (_, pair) in ranked {
            let (item, figure) = pair
            guard seen.insert(figure.surface + "|" + (figure.subject ?? "")).inserted else { continue }
            var line = figure.surface
            var about: [String] = []
            if let subject = figure.subject, !subject.isEmpty { about.append(subject) }
            if let year = figure.year {
                let target = language == .ru ? "цель на \(year) год" : "target for \(year)"
                about.append(figure.kind == .target ? target : String(year))
            }
            if !about.isEmpty { line += " — " + about.joined(separator: ", ") }
            let source = [item.quote.speaker?.name, item.event].compactMap { $0 }.joined(separator: ", ")
            if !source.isEmpty { line += " (\(source))" }
            lines.append(line)
            if lines.count == keyFigures { break }
        }
        return lines
    }

    private static func rank(_ kind: FigureKind) -> Int {
        switch kind {
        case .target: 0
        case .level: 1
        case .change: 2
        case .share: 3
        case .count: 4
        case .duration: 5
        }
    }
}
