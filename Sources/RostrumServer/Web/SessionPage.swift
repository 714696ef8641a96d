import RostrumModel
import RostrumStore

/// `/sessions/{id}`: one session as a digest in the layout of a published summary — title, event
/// and date, thematic headings under their group labels, quotes with the speaker's name, position
/// and organisation, figures highlighted, topic tags, countries and the source.
struct SessionPage: Sendable {
    struct QuoteView: Sendable {
        var html: String
        var indirect: Bool
        var speakerName: String?
        var speakerHref: String?
        var role: String?
        var otherRoles: [String]
        var figures: [String]
        var topics: [LinkItem]
    }

    struct SectionView: Sendable {
        /// The group label, only on the first section of its group.
        var group: String?
        var heading: String?
        /// h2 when the section has no group, h3 under a group.
        var headingUnderGroup: Bool
        var kind: String?
        var topics: [LinkItem]
        var sectionCountries: String?
        var paragraphs: [String]
        var quotes: [QuoteView]
    }

    struct View: Sendable {
        var pageTitle: String
        var title: String
        var event: String?
        var eventHref: String?
        var date: String?
        var language: String
        var sourceHref: String?
        var sourceText: String?
        var speakers: [LinkItem]
        var topics: [LinkItem]
        var countries: String?
        var sections: [SectionView]
        var quoteCount: Int
        var figureCount: Int
        var warnings: [String]
        var jsonHref: String
    }

    /// The view of `session`.
    static func view(_ session: StoredSession) -> View {
        let document = session.document
        var lastGroup: String?
        var sections: [SectionView] = []
        var allTopics: [String: Int] = [:]
        var allCountries: [String] = []
        for section in document.sections {
            var group: String?
            if let label = section.group, label != lastGroup { group = label }
            lastGroup = section.group
            for topic in section.topics { allTopics[topic, default: 0] += 1 }
            for quote in section.quotes { for topic in quote.topics { allTopics[topic, default: 0] += 1 } }
            for country in section.countries + section.quotes.flatMap(\.countries) where !allCountries.contains(country) {
                allCountries.append(country)
            }
            sections.append(SectionView(
                group: group, heading: section.heading, headingUnderGroup: section.group != nil,
                kind: section.kind == .other ? nil : section.kind.rawValue,
                topics: section.topics.map { LinkItem(label: TopicLabel.name($0), href: WebPaths.topic($0)) },
                sectionCountries: section.countries.isEmpty ? nil : section.countries.map(CountryLabel.name).joined(separator: ", "),
                paragraphs: section.paragraphs,
                quotes: section.quotes.map(quoteView)))
        }
        let source = document.source ?? session.source
        let sourceIsLink = source.map(HTML.isWebURL) ?? false
        let topics = allTopics.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { LinkItem(label: TopicLabel.name($0.key), href: WebPaths.topic($0.key)) }
        return View(
            pageTitle: document.title ?? "Untitled session",
            title: document.title ?? "Untitled session",
            event: document.event,
            eventHref: document.event.map { WebPaths.search(FacetGroup.token("event", $0)) },
            date: document.date,
            language: LanguageName.of(document.language.rawValue),
            sourceHref: sourceIsLink ? source : nil,
            sourceText: sourceIsLink ? nil : source,
            speakers: document.speakers.map {
                LinkItem(label: [$0.name, QuoteRow.role($0.position, $0.organization)].compactMap { $0 }.joined(separator: ", "),
                         href: WebPaths.speaker(named: $0.name), count: $0.quotes)
            },
            topics: topics,
            countries: allCountries.isEmpty ? nil : allCountries.map(CountryLabel.name).joined(separator: ", "),
            sections: sections,
            quoteCount: document.allQuotes.count,
            figureCount: document.allQuotes.reduce(0) { $0 + $1.figures.count },
            warnings: document.warnings.map { warning in warning.line.map { "line \($0): \(warning.message)" } ?? warning.message },
            jsonHref: "/api/v1/sessions/\(session.id)")
    }

    private static func quoteView(_ quote: Quote) -> QuoteView {
        QuoteView(
            html: FigureMarkup.html(quote.text, figures: quote.figures),
            indirect: quote.indirect,
            speakerName: quote.speaker?.name,
            speakerHref: quote.speaker.map { WebPaths.speaker(named: $0.name) },
            role: quote.speaker.flatMap { QuoteRow.role($0.position, $0.organization) },
            otherRoles: quote.speaker?.otherRoles.compactMap { QuoteRow.role($0.position, $0.organization) } ?? [],
            figures: quote.figures.map(FigureMarkup.title),
            topics: quote.topics.map { LinkItem(label: TopicLabel.name($0), href: WebPaths.topic($0)) })
    }
}
