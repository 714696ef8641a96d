import RostrumDigest
import RostrumModel
import Testing

/// The Markdown digest keeps the layout of a published session summary.
@Suite struct MarkdownDigestTests {
    let document = ExtractedDocument(
        title: "Tourism Between Neighbours", language: .en, event: "Eastern Economic Forum 2018", date: "2018-09-12",
        sections: [
            Section(heading: "Supporting tourism", group: "Solutions", kind: .solution, quotes: [
                Quote(text: "We sent over 1.5 million tourists last year", speaker: Speaker(name: "Wan Ping", position: "Chairman", organization: "China Chamber of Tourism")),
                Quote(text: "Direct flights will grow by a quarter.", speaker: Speaker(name: "Wan Ping", position: "Chairman", organization: "China Chamber of Tourism")),
                Quote(text: "visa rules would be eased", speaker: Speaker(name: "Ivan Petrov", position: "CEO", organization: "Mitsui & Co., Ltd."), indirect: true),
            ]),
        ])

    @Test func seedLayoutWithRepeatsByNameOnly() {
        let md = MarkdownDigest().render(document)
        #expect(md.hasPrefix("# Tourism Between Neighbours\n\n*Eastern Economic Forum 2018 · 2018-09-12*"))
        #expect(md.contains("## Solutions\n\n### Supporting tourism"))
        #expect(md.contains("“We sent over 1.5 million tourists last year,” Wan Ping, Chairman, China Chamber of Tourism."))
        #expect(md.contains("“Direct flights will grow by a quarter.” Wan Ping."))
        #expect(md.contains("According to Ivan Petrov, CEO, Mitsui & Co., Ltd.: visa rules would be eased"))
        #expect(!md.contains("Ltd.."))
    }

    @Test func markupInTextIsEscaped() {
        var doc = document
        doc.sections[0].quotes[0].text = "Use <script>alert(1)</script> and *stars*"
        let md = MarkdownDigest().render(doc)
        #expect(md.contains("Use \\<script\\>alert(1)\\</script\\> and \\*stars\\*"))
    }

    @Test func russianQuotesUseGuillemets() {
        let doc = ExtractedDocument(title: "Туризм", language: .ru, sections: [
            Section(heading: "Рост", quotes: [Quote(text: "Потенциал огромен!", speaker: Speaker(name: "Ван Пин", position: "председатель", organization: "Китайской туристической палаты"))]),
        ])
        #expect(MarkdownDigest().render(doc).contains("«Потенциал огромен!» — Ван Пин, председатель, Китайской туристической палаты."))
    }

    @Test func russianQuoteDropsItsPeriodBeforeTheComma() {
        let doc = ExtractedDocument(title: "Энергетика", language: .ru, sections: [
            Section(heading: "ВИЭ", quotes: [
                Quote(text: "Доля ВИЭ в выработке пока менее 1%.", speaker: Speaker(name: "Виктор Зубов", position: "заместитель министра")),
                Quote(text: "Это только начало...", speaker: Speaker(name: "Виктор Зубов")),
            ]),
        ])
        let md = MarkdownDigest().render(doc)
        #expect(md.contains("«Доля ВИЭ в выработке пока менее 1%», — Виктор Зубов, заместитель министра."))
        #expect(md.contains("«Это только начало...», — Виктор Зубов."))
        #expect(!md.contains("1%.»"))
    }
}
