import RostrumExtraction
import RostrumModel
import Testing

@Suite("Markdown reader")
struct MarkdownReaderTests {
    static let english = """
    ---
    title: "Russia and China: New Platforms for Cooperation"
    event: Eastern Economic Forum 2018
    date: 2018-09-12
    source: https://example.org/sessions/1234
    language: en
    tags: [trade, agriculture]
    ---

    # Russia and China: New Platforms for Cooperation

    <!-- editor's note: check the figures before publishing -->

    ## Key conclusions

    Cross-border trade is *growing* again, and the **Silk Road** transit
    is up by [80%](https://example.org/figures) since last year.

    > “We have invested in more than 20 projects and exceeded the initial
    > capital of $1.1 billion,” Tu Guangshao, Vice Chairman, China Investment Corporation.

    - Container traffic up by 55%
    * Transit cargo up by `32%` this year
    1. A bridge at Blagoveshchensk after 20 years of talks

    Lifting trade barriers
    ----------------------

    ![Chart of soybean imports](chart.png) China imports over 95 million tonnes of soybeans\\*.

    Supporting tourism
    ===
    """

    @Test("front matter, headings, paragraphs, block quotes, list items, inline markup reduced")
    func englishSummary() throws {
        let document = try MarkdownReader().read(Self.english)
        #expect(document.format == .markdown)
        #expect(document.metadata == DocumentMetadata(
            title: "Russia and China: New Platforms for Cooperation", event: "Eastern Economic Forum 2018",
            date: "2018-09-12", source: "https://example.org/sessions/1234", language: .en))
        let blocks = document.blocks
        #expect(blocks.map(\.kind) == [
            .heading(level: 1), .heading(level: 2), .paragraph, .blockQuote, .listItem, .listItem, .listItem,
            .heading(level: 2), .paragraph, .heading(level: 1),
        ])
        #expect(blocks[0].text == "Russia and China: New Platforms for Cooperation")
        #expect(blocks[0].line == 10)
        #expect(blocks[2].text == "Cross-border trade is growing again, and the Silk Road transit is up by 80% since last year.")
        #expect(blocks[3].text == "“We have invested in more than 20 projects and exceeded the initial capital of $1.1 billion,” Tu Guangshao, Vice Chairman, China Investment Corporation.")
        #expect(blocks[5].text == "Transit cargo up by 32% this year")
        #expect(blocks[6].text == "A bridge at Blagoveshchensk after 20 years of talks")
        #expect(blocks[7].text == "Lifting trade barriers")
        #expect(blocks[7].line == 26)
        #expect(blocks[8].text == "China imports over 95 million tonnes of soybeans*.")
        #expect(blocks[9].text == "Supporting tourism")
        #expect(!blocks.contains { $0.text.contains("editor's note") })
    }

    @Test("Russian Markdown: Russian front-matter keys, «» quotes, reference links, snake_case kept")
    func russianSummary() throws {
        let text = """
        ---
        название: Новые площадки для сотрудничества
        мероприятие: Восточный экономический форум
        дата: 12 сентября 2018 г.
        ---
        ### Потенциал сотрудничества используется не полностью ###

        «Пятьдесят один регион России связан побратимскими отношениями с провинциями Китая», —
        [Дмитрий Мезенцев][1], председатель комитета по экономической политике.

        Файл отчёта: report_2018_final, раздел __«Итоги»__.

        [1]: https://example.org/people/mezentsev
        """
        let document = try MarkdownReader().read(text)
        #expect(document.metadata.title == "Новые площадки для сотрудничества")
        #expect(document.metadata.event == "Восточный экономический форум")
        #expect(document.metadata.date == "2018-09-12")
        #expect(document.blocks.map(\.kind) == [.heading(level: 3), .paragraph, .paragraph])
        #expect(document.blocks[0].text == "Потенциал сотрудничества используется не полностью")
        #expect(document.blocks[1].text == "«Пятьдесят один регион России связан побратимскими отношениями с провинциями Китая», — Дмитрий Мезенцев, председатель комитета по экономической политике.")
        #expect(document.blocks[2].text == "Файл отчёта: report_2018_final, раздел «Итоги».")
        #expect(document.blocks[1].line == 8)
    }

    @Test("multi-line comments, entities, inline HTML, fenced code and a thematic break")
    func commentsAndCode() throws {
        let text = """
        Intro paragraph&nbsp;with an entity &mdash; and a<br>break.
        <!--
        hidden draft text
        -->
        ***
        ```
        raw   code line
        ```
        The end.
        """
        let document = try MarkdownReader().read(text)
        #expect(document.blocks.map(\.text) == [
            "Intro paragraph with an entity — and a break.", "raw code line", "The end.",
        ])
        #expect(document.blocks.map(\.line) == [1, 7, 9])
    }
}
