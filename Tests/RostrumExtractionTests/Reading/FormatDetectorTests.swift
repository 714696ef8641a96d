import RostrumExtraction
import RostrumModel
import Testing

@Suite("Format detection")
struct FormatDetectorTests {
    @Test("the extension decides for json, md, html")
    func extensions() {
        #expect(FormatDetector.detect(text: "Plain words", fileExtension: "md") == .markdown)
        #expect(FormatDetector.detect(text: "Plain words", fileExtension: ".HTML") == .html)
        #expect(FormatDetector.detect(text: "Plain words", fileExtension: "htm") == .html)
        #expect(FormatDetector.detect(text: "Plain words", fileExtension: "json") == .json)
        #expect(FormatDetector.detect(text: "Plain words", fileExtension: "txt") == .text)
    }

    @Test("content: html documents and fragments")
    func html() {
        #expect(FormatDetector.detect(text: "  <!doctype html><html><body><p>Hi</p></body></html>", fileExtension: nil) == .html)
        #expect(FormatDetector.detect(text: "<html lang=\"ru\"><p>Привет</p>", fileExtension: "txt") == .html)
        #expect(FormatDetector.detect(text: "<div class=\"session\"><p>Text</p></div>", fileExtension: nil) == .html)
        #expect(FormatDetector.detect(text: "Intro text\n<p>First</p>\n<p>Second</p>", fileExtension: nil) == .html)
        #expect(FormatDetector.detect(text: "Growth < 5% and > 2% this year", fileExtension: nil) == .text)
    }

    @Test("content: markdown by front matter or # headings, not by hashtags")
    func markdown() {
        #expect(FormatDetector.detect(text: "---\ntitle: Trade\n---\nText", fileExtension: nil) == .markdown)
        #expect(FormatDetector.detect(text: "Intro\n\n## Supporting tourism\n\nText.", fileExtension: nil) == .markdown)
        #expect(FormatDetector.detect(text: "Follow #EEF2018 for news.\n#Vladivostok", fileExtension: nil) == .text)
    }

    @Test("content: a transcript is mostly speaker turns")
    func transcript() {
        let english = """
        Event: Eastern Economic Forum 2019

        ANNA SMIRNOVA: Welcome, colleagues.
        Zhou Liqun (General Manager, China Chengtong): Thank you. Our trade grows.
        We hope to reach $100 billion.
        He Zhenwei: Agriculture comes first.
        """
        #expect(FormatDetector.detect(text: english, fileExtension: nil) == .transcript)
        let russian = "Участники:\nАлексей Чекунков, генеральный директор\n\nАлексей Чекунков: Добрый день.\nЧжоу Лицюнь: Спасибо.\nВсе согласны."
        #expect(FormatDetector.detect(text: russian, fileExtension: "txt") == .transcript)
    }

    @Test("content: a summary with header lines and colons is plain text")
    func summary() {
        let text = """
        Event: Eastern Economic Forum 2018
        Date: 2018-09-12
        Source: https://example.org/sessions/1234

        New Platforms for Cooperation

        Key conclusions

        Note: figures are preliminary.
        “Our two priorities are agriculture and tourism,” Maksim Surnin, Chairman of the Supervisory Board, Baikalsea Company.
        The session began at 10:30 and lasted two hours.
        “We expect Russian investors to increase transparency,” Tu Guangshao, Vice Chairman, China Investment Corporation.
        """
        #expect(FormatDetector.detect(text: text, fileExtension: nil) == .text)
    }

    @Test("content: a summary whose every heading has a colon is plain text, not a transcript of topics")
    func summaryWithColonHeadings() throws {
        let english = """
        Shipbuilding Orders: Who Will Build the Ice-Class Fleet

        Shipbuilding Orders: Who Will Build the Ice-Class Fleet

        Key conclusions

        Capacity: Yards Are Booked Until 2030

        “We have a portfolio of orders worth 1.2 trillion rubles, and the queue keeps growing,” Alexei Rakhmanov, Chief Executive Officer, United Shipbuilding Corporation.

        Financing: Leasing Needs Longer Money

        “The payback period of such a ship is 20 years, so the financing has to match it,” Marina Kovaleva, Director of Fleet Development, Sovcomflot.

        Problems

        Engines: The Supply Gap

        “Localisation of marine engines is the bottleneck for the whole programme,” Alexei Rakhmanov.

        Solutions

        Standards: One Design, Many Hulls

        “Serial construction is the only way to make these ships cheaper,” Marina Kovaleva.
        """
        #expect(FormatDetector.detect(text: english, fileExtension: "txt") == .text)
        let document = try ExtractionPipeline().extract(text: english, options: ExtractionOptions(fileExtension: "txt"))
        #expect(document.title == "Shipbuilding Orders: Who Will Build the Ice-Class Fleet")
        let quotes = document.sections.flatMap(\.quotes)
        #expect(quotes.count == 4)
        #expect(quotes.compactMap(\.speaker?.name) == ["Alexei Rakhmanov", "Marina Kovaleva", "Alexei Rakhmanov", "Marina Kovaleva"])
        #expect(document.sections.compactMap(\.heading).contains("Financing: Leasing Needs Longer Money"))

        let russian = """
        Экспорт образования

        Спрос: Число Студентов Растёт

        «За пять лет число иностранных студентов в наших вузах выросло на 40%», — Валерий Фальков, министр науки и высшего образования Российской Федерации.

        Стипендии: Квоты Расширят

        «Квота на обучение иностранцев достигнет 30 тыс. мест», — Ольга Петрова, заместитель министра науки и высшего образования Российской Федерации.

        Жильё: Общежитий Не Хватает

        «Нам не хватает около 15 тыс. мест в общежитиях», — Валерий Фальков.
        """
        #expect(FormatDetector.detect(text: russian, fileExtension: "txt") == .text)
    }

    @Test("content: a transcript stays one when its turns are short or come one after another")
    func transcriptWithShortTurns() {
        let separated = """
        MODERATOR: Let us begin

        Alexei Rakhmanov: Thank you. Our yards are booked until 2030.

        Marina Kovaleva: Leasing terms must be longer, at least twenty years.

        MODERATOR: Thank you both
        """
        #expect(FormatDetector.detect(text: separated, fileExtension: nil) == .transcript)
        let adjacent = """
        Moderator: Good afternoon
        Alexei Rakhmanov: Thank you. Our yards are booked until 2030.
        Marina Kovaleva: Good afternoon
        Moderator: Marina, what about leasing?
        Marina Kovaleva: The terms must be longer than the payback period.
        """
        #expect(FormatDetector.detect(text: adjacent, fileExtension: nil) == .transcript)
    }

    @Test("content: a JSON object with sections")
    func json() {
        #expect(FormatDetector.detect(text: "\n { \"title\": null, \"sections\": [] }", fileExtension: nil) == .json)
        #expect(FormatDetector.detect(text: "{Draft} Trade and Tourism\nMore text", fileExtension: nil) == .text)
    }

    @Test("the façade reads with the detected or forced format")
    func facade() throws {
        let transcript = "Wan Ping: Tourism is growing.\nHe Zhenwei: So is agriculture."
        guard case .source(let detected) = try DocumentReading.read(transcript, format: nil, fileExtension: nil) else {
            Issue.record("expected a source document")
            return
        }
        #expect(detected.format == .transcript)
        guard case .source(let forced) = try DocumentReading.read(transcript, format: .text, fileExtension: nil) else {
            Issue.record("expected a source document")
            return
        }
        #expect(forced.format == .text)
        #expect(forced.blocks.map(\.kind) == [.paragraph, .paragraph])
        guard case .source(let markdown) = try DocumentReading.read("# Title\n\nBody.", format: nil, fileExtension: "md") else {
            Issue.record("expected a source document")
            return
        }
        #expect(markdown.blocks.first?.kind == .heading(level: 1))
    }
}
