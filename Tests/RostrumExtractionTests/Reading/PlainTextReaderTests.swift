import RostrumExtraction
import RostrumModel
import Testing

@Suite("Plain-text reader")
struct PlainTextReaderTests {
    static let english = """
    Event: Eastern Economic Forum 2018
    Date: 12 September 2018
    Source: https://example.org/sessions/1234

    Russia and China: Building New Bridges for Trade

    Russia and China: Building New Bridges for Trade

    The Far East is where the two economies meet

    “Our border regions have everything a partner could want: ports, land and a market of
    hundreds of millions next door,” Alexey Chekunkov, Chief Executive Officer, Far East and Baikal Region Development.

    “Container traffic between our countries grew by 55% last year. This year we add another 35%,” Aleksandr Misharin, the First Deputy Chief Executive Officer, Russian Railways.

    Trade targets were not met
    “We agreed to reach $100 billion by 2015 and 200 billion by 2020, and neither
    target was reached,” Zhou Liqun, General Manager, China Chengtong International Investment Ltd.
    """

    @Test("one paragraph per line; header lines become metadata")
    func englishSummary() throws {
        let document = try PlainTextReader().read(Self.english)
        #expect(document.format == .text)
        #expect(document.metadata.event == "Eastern Economic Forum 2018")
        #expect(document.metadata.date == "2018-09-12")
        #expect(document.metadata.source == "https://example.org/sessions/1234")
        let texts = document.blocks.map(\.text)
        #expect(texts.count == 7)
        #expect(texts[0] == "Russia and China: Building New Bridges for Trade")
        #expect(texts[1] == texts[0], "the repeated title stays: the segmenter merges it")
        #expect(texts[2] == "The Far East is where the two economies meet")
        #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(document.blocks.map(\.line) == [5, 7, 9, 11, 14, 16, 17])
    }

    @Test("a hard-wrapped line continuing in lower case is joined to the line before")
    func hardWrapJoin() throws {
        let document = try PlainTextReader().read(Self.english)
        let texts = document.blocks.map(\.text)
        #expect(texts[3].hasPrefix("“Our border regions have everything a partner could want: ports, land and a market of hundreds"))
        #expect(texts[3].hasSuffix("Far East and Baikal Region Development."))
        // "Trade targets were not met" has no final punctuation but the next line starts with a quote mark.
        #expect(texts[5] == "Trade targets were not met")
        #expect(texts[6].contains("and neither target was reached,”"))
        #expect(document.blocks[6].line == 17)
    }

    @Test("a line after sentence-final punctuation is a new paragraph even in lower case")
    func noJoinAfterSentence() throws {
        let text = "The session opened at ten.\nand then the first speaker took the floor\nwith a short report"
        let document = try PlainTextReader().read(text)
        #expect(document.blocks.map(\.text) == [
            "The session opened at ten.", "and then the first speaker took the floor with a short report",
        ])
    }

    @Test("a word broken with a hyphen at the line end joins without a space")
    func hyphenatedWrap() throws {
        let document = try PlainTextReader().read("Investment in long-\nterm infrastructure projects")
        #expect(document.blocks.map(\.text) == ["Investment in long-term infrastructure projects"])
    }

    @Test("Russian summary with Russian header keys and a written-out date")
    func russianSummary() throws {
        let text = """
        Мероприятие: Восточный экономический форум 2018
        Дата: 12 сентября 2018 г.
        Источник: https://example.org/ru/sessions/1234
        Язык: русский

        Новые площадки для сотрудничества России и Китая

        Потенциал сотрудничества используется не полностью

        «Регионы и деловые объединения не всегда успевают за политическим диалогом. Пятьдесят один регион России
        уже имеет побратимов в провинциях Китая», — Дмитрий Мезенцев, председатель Комитета Совета Федерации по экономической политике.

        Ван Пин отметил, что прямых авиарейсов
        между регионами становится больше.
        """
        let document = try PlainTextReader().read(text)
        #expect(document.metadata.event == "Восточный экономический форум 2018")
        #expect(document.metadata.date == "2018-09-12")
        #expect(document.metadata.source == "https://example.org/ru/sessions/1234")
        #expect(document.metadata.language == .ru)
        let texts = document.blocks.map(\.text)
        #expect(texts.count == 4)
        #expect(texts[2].contains("России уже имеет побратимов"))
        #expect(texts[3] == "Ван Пин отметил, что прямых авиарейсов между регионами становится больше.")
        #expect(document.blocks[2].line == 10)
    }

    @Test("CRLF and CR line endings, a BOM, tabs, NBSP and trailing spaces")
    func lineEndingsAndWhitespace() throws {
        let text = "\u{FEFF}Title:\tTrade and Tourism\r\n\r\nFirst\u{00A0}\u{00A0}paragraph \t with   spaces.   \r\nSecond paragraph.\rThird\u{2009}one."
        let document = try PlainTextReader().read(text)
        #expect(document.metadata.title == "Trade and Tourism")
        #expect(document.blocks.map(\.text) == ["First paragraph with spaces.", "Second paragraph.", "Third one."])
        #expect(document.blocks.map(\.line) == [3, 4, 5])
    }

    @Test("a document without a header keeps its first line as a paragraph")
    func noHeader() throws {
        let document = try PlainTextReader().read("Supporting tourism\n\n“We sent 1.5 million tourists,” Wan Ping.")
        #expect(document.metadata == DocumentMetadata())
        #expect(document.blocks.map(\.text) == ["Supporting tourism", "“We sent 1.5 million tourists,” Wan Ping."])
    }
}
