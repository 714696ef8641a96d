import RostrumExtraction
import RostrumModel
import Testing

/// Shapes that real summaries and news pages use beside the main styles: several quotes in one
/// paragraph, a quote split by its attribution, a position before the name, block quotes,
/// colon introductions, straight quotes and en dashes.
@Suite struct MoreAttributionShapesTests {
    @Test func twoQuotesInOneParagraph() throws {
        let doc = try extract("""
            Energy Cooperation in Asia

            Pipelines and prices

            “Deliveries through the eastern route will start in December,” said Pavel Orlov, Deputy Minister of Energy of the Russian Federation. “We are ready to supply 38 billion cubic metres a year,” Zhang Wei, Vice President, CNPC, added.
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes.first?.speaker?.name == "Pavel Orlov")
        #expect(doc.allQuotes.first?.speaker?.organization == "Russian Federation")
        #expect(doc.allQuotes.last?.speaker?.name == "Zhang Wei")
        #expect(doc.allQuotes.last?.speaker?.organization == "CNPC")
    }

    @Test func quoteSplitByItsAttribution() throws {
        let doc = try extract("""
            Tourism Without Visas

            Electronic visas

            “The electronic visa changed everything,” said Chen Yuxin, Chairman, China Outbound Tourism Association, “and the number of groups from Harbin has doubled.”
            """)
        let quote = try #require(doc.allQuotes.first)
        #expect(doc.allQuotes.count == 1)
        #expect(quote.text == "The electronic visa changed everything and the number of groups from Harbin has doubled.")
        #expect(quote.speaker?.name == "Chen Yuxin")
        #expect(quote.speaker?.position == "Chairman")
    }

    @Test func positionBeforeTheNameInRussian() throws {
        let doc = try extract("""
            Инвестиции на Дальнем Востоке

            Новые резиденты

            «За пять лет в территории опережающего развития пришли 2,5 трлн рублей инвестиций», — отметил глава Минвостокразвития Алексей Чекунков.
            """)
        let quote = try #require(doc.allQuotes.first)
        #expect(quote.speaker?.name == "Алексей Чекунков")
        #expect(quote.speaker?.position == "глава")
        #expect(quote.speaker?.organization == "Минвостокразвития")
    }

    @Test func markdownBlockQuoteWithAttributionLine() throws {
        let doc = try extract("""
            # Smart Ports

            ## Digital customs

            > Paperless clearance cut the average stay of a container in the port from five days to two.

            — Irina Sokolova, Director General, Far East Investment and Export Agency
            """, options: ExtractionOptions(fileExtension: "md"))
        let quote = try #require(doc.allQuotes.first)
        #expect(quote.text.hasPrefix("Paperless clearance"))
        #expect(quote.speaker?.name == "Irina Sokolova")
        #expect(quote.speaker?.organization == "Far East Investment and Export Agency")
        #expect(doc.warnings.isEmpty)
    }

    @Test func colonIntroductionAndStraightQuotes() throws {
        let doc = try extract("""
            Logistics Outlook

            Rail transit

            Nurlan Abenov, Vice President, JSC Kazakhstan Temir Zholy: "Transit container traffic through Kazakhstan grew by 40% last year."

            "Rail will never replace the sea, but it can take the urgent cargo," Martin Keller, Member of the Board, DB Cargo AG.

            Trains now run the route in 12 days – Yang Jun, Deputy General Manager, China Railway Container Transport Corp., Ltd.
            """)
        #expect(doc.allQuotes.count == 3)
        #expect(doc.allQuotes[0].speaker?.name == "Nurlan Abenov")
        #expect(doc.allQuotes[0].speaker?.organization == "JSC Kazakhstan Temir Zholy")
        #expect(doc.allQuotes[1].speaker?.name == "Martin Keller")
        #expect(doc.allQuotes[1].speaker?.position == "Member of the Board")
        #expect(doc.allQuotes[2].speaker?.name == "Yang Jun")
        #expect(doc.allQuotes[2].speaker?.organization == "China Railway Container Transport Corp., Ltd.")
    }

    @Test func saidWithACircumstance() throws {
        let doc = try extract("""
            Nine Bridges

            Energy bridge

            “A power line to Seoul is still a dream, but a dream with a feasibility study,” Park Jae-hoon, Vice Chairman, Presidential Committee on Northern Economic Cooperation, said.

            “We will know the cost by next spring,” Park Jae-hoon said in his closing remarks.
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes.allSatisfy { $0.speaker?.name == "Park Jae-hoon" })
        #expect(doc.allQuotes.last?.speaker?.position == "Vice Chairman")
    }

    @Test func unattributedQuoteGetsAWarningWithItsLine() throws {
        let doc = try extract("""
            Open Questions

            Finance

            “Nobody has yet explained who will pay for the icebreakers.”
            """)
        #expect(doc.allQuotes.count == 1)
        #expect(doc.allQuotes.first?.speaker == nil)
        #expect(doc.warnings.map(\.code) == [.unattributedQuote])
        #expect(doc.warnings.first?.line == 5)
    }
}

/// Shapes found by testing on documents the extractor had never seen.
@Suite struct UnseenDocumentShapesTests {
    @Test func askedNameOfOrganisationLeadInAndAsPutIt() throws {
        let doc = try extract("""
            Digital Government

            Platforms

            “Why should a small seller fill in the same form three times?” asked Maksut Shadayev, Minister of Digital Development of the Russian Federation.

            “In the past twelve months, 3.5 million citizens registered on the portal,” said Alexander Ivlev of Rostelecom.

            Speaking about schools, “every classroom will be online by 2024,” said Anna Smirnova, Director, Teachers Fund.

            As Maksut Shadayev put it, “nobody will trust a platform that loses data.”
            """)
        #expect(doc.allQuotes.count == 4)
        #expect(doc.allQuotes[0].speaker?.name == "Maksut Shadayev")
        #expect(doc.allQuotes[0].speaker?.organization == "Russian Federation")
        #expect(doc.allQuotes[1].speaker == Speaker(name: "Alexander Ivlev", position: nil, organization: "Rostelecom"))
        #expect(doc.allQuotes[2].text == "every classroom will be online by 2024")
        #expect(doc.allQuotes[2].speaker?.name == "Anna Smirnova")
        #expect(doc.allQuotes[3].text == "nobody will trust a platform that loses data.")
        #expect(doc.allQuotes[3].indirect == false)
        #expect(doc.allQuotes[3].speaker?.position == "Minister of Digital Development")
    }

    @Test func russianReportedSpeechWithPositionBeforeNameAndSurnameOnly() throws {
        let doc = try extract("""
            Арктика

            Порты

            «Грузопоток растёт», — Ольга Ткаченко, директор Мурманского морского порта.

            Глава Мурманской области Андрей Чибис отметил, что регион готов к росту перевалки.

            Ткаченко также отметила, что сезон длится всего четыре месяца.

            «Нужны ледоколы», — задал вопрос Андрей Чибис.
            """)
        #expect(doc.allQuotes.count == 4)
        let chibis = doc.allQuotes[1]
        #expect(chibis.indirect)
        #expect(chibis.speaker?.name == "Андрей Чибис")
        #expect(chibis.speaker?.position == "глава")
        #expect(chibis.speaker?.organization == "Мурманской области")
        #expect(doc.allQuotes[2].speaker?.name == "Ольга Ткаченко")
        #expect(doc.allQuotes[2].speaker?.position == "директор")
        #expect(doc.allQuotes[3].speaker?.name == "Андрей Чибис")
    }

    @Test func dateLineUnderTheTitleIsMetadata() throws {
        let doc = try extract("""
            Arctic Logistics Summit

            Date: 12 September 2019

            Icebreakers

            “We carried 20 million tonnes last year,” Vyacheslav Ruksha, Director General, Northern Sea Route Directorate.
            """)
        #expect(doc.date == "2019-09-12")
        #expect(doc.sections.first?.heading == "Icebreakers")
        #expect(doc.allQuotes.first?.figures.first?.year == 2018)
    }
}
