import RostrumDigest
import RostrumModel
import Testing

/// The HTML digest is a complete page in the seed's layout, with every document text escaped.
@Suite struct HTMLDigestTests {
    let document = ExtractedDocument(
        title: "Grain Corridors to Asia", language: .en, event: "Eastern Economic Forum 2018", date: "2018-09-11",
        source: "https://example.org/eef-2018/grain",
        sections: [
            Section(heading: "Exports keep growing", group: "Key conclusions", kind: .conclusion,
                    quotes: [
                        Quote(text: "Grain shipments to China rose by 40% last year and reached $2.1 billion.",
                              speaker: Speaker(name: "Olga Reznik", position: "Deputy Minister", organization: "Ministry of Agriculture"),
                              figures: [
                                  Figure(surface: "40%", value: 40, unit: "percent", kind: .change, offset: 33),
                                  Figure(surface: "$2.1 billion", value: 2.1e9, unit: "USD", kind: .level, offset: nil),
                              ]),
                        Quote(text: "We need more elevators in the ports.",
                              speaker: Speaker(name: "Olga Reznik", position: "Deputy Minister", organization: "Ministry of Agriculture")),
                    ],
                    paragraphs: ["The panel met in the main hall."]),
            Section(heading: "Logistics", group: "Key conclusions", kind: .problem, quotes: [
                Quote(text: "rail tariffs should be frozen", speaker: Speaker(name: "Li Wen", position: "President", organization: "Harbin Grain Co."),
                      indirect: true),
            ]),
        ])

    @Test func completePageInTheSeedLayout() {
        let html = HTMLDigest().render(document)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>Grain Corridors to Asia</title>"))
        #expect(html.contains("<h1>Grain Corridors to Asia</h1>"))
        #expect(html.contains("<span class=\"event\">Eastern Economic Forum 2018</span> · <time datetime=\"2018-09-11\">2018-09-11</time>"))
        // One group label above both headings, which become h3 under it.
        #expect(html.ranges(of: "<h2 class=\"group\">Key conclusions</h2>").count == 1)
        #expect(html.contains("<h3>Exports keep growing</h3>"))
        #expect(html.contains("<p>The panel met in the main hall.</p>"))
        #expect(html.contains("— <span class=\"speaker\">Olga Reznik</span>, <span class=\"position\">Deputy Minister</span>, <span class=\"organization\">Ministry of Agriculture</span>"))
        // The second quote names the speaker only.
        #expect(html.contains("<p>We need more elevators in the ports.</p></blockquote>\n<figcaption>— <span class=\"speaker\">Olga Reznik</span></figcaption>"))
        #expect(html.contains("According to <span class=\"speaker\">Li Wen</span>, <span class=\"position\">President</span>"))
        #expect(html.contains("<a href=\"https://example.org/eef-2018/grain\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    }

    @Test func figuresAreMarkedByOffsetOrSurface() {
        let html = HTMLDigest().render(document)
        #expect(html.contains("rose by <mark>40%</mark> last year and reached <mark>$2.1 billion</mark>."))
    }

    @Test func wrongOffsetFallsBackToTheSurface() {
        var doc = document
        doc.sections[0].quotes[0].figures[0].offset = 3
        #expect(HTMLDigest().render(doc).contains("by <mark>40%</mark> last"))
    }

    @Test func markupInEveryFieldIsEscaped() {
        var doc = document
        doc.title = "Trade <script>alert('t')</script>"
        doc.event = "Forum & \"Co\""
        doc.sections[0].heading = "<b>bold</b>"
        doc.sections[0].quotes[0] = Quote(
            text: "Use <script>alert(1)</script> for 5% & more", speaker: Speaker(name: "<img src=x onerror=alert(2)>", position: "A&B", organization: nil),
            figures: [Figure(surface: "5%", value: 5, unit: "percent", kind: .level, offset: 34)])
        let html = HTMLDigest().render(doc)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<title>Trade &lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>"))
        #expect(html.contains("Forum &amp; &quot;Co&quot;"))
        #expect(html.contains("Use &lt;script&gt;alert(1)&lt;/script&gt; for <mark>5%</mark> &amp; more"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }

    @Test func russianLabelsAndParagraphBreaks() {
        let doc = ExtractedDocument(title: "Туризм", language: .ru, sections: [
            Section(heading: "Рост", quotes: [Quote(text: "Первый абзац.\n\nВторой абзац.", speaker: nil)]),
        ])
        let html = HTMLDigest().render(doc)
        #expect(html.contains("<html lang=\"ru\">"))
        #expect(html.contains("<h2>Рост</h2>"))
        #expect(html.contains("<blockquote><p>Первый абзац.</p><p>Второй абзац.</p></blockquote>"))
        #expect(html.contains("Без атрибуции"))
    }
}
