import RostrumDigest
import RostrumExtraction
import RostrumModel
import Testing

@Suite struct TranscriptDigesterTests {
    static let pipeline = ExtractionPipeline()

    static func digest(_ text: String, budget: Double) throws -> (TranscriptDigest, ExtractedDocument) {
        let extracted = try pipeline.extract(text: text, options: ExtractionOptions(format: .transcript))
        let digest = TranscriptDigester(budget: budget).digest(extracted, transcriptLength: text.unicodeScalars.count)
        return (digest, extracted)
    }

    static func quotes(_ d: TranscriptDigest) -> [Quote] { d.document.sections.flatMap(\.quotes) }

    static func kept(_ fragment: String, in d: TranscriptDigest) -> Bool {
        quotes(d).contains { $0.text.contains(fragment) }
    }

    @Test func englishPanelKeepsFiguresAndProposals() throws {
        // A dense hand-written panel: its substance is nearly half of it, so the budget is wide.
        let (d, _) = try Self.digest(PanelTranscripts.english, budget: 0.5)
        for fragment in [
            "Container traffic through the port of Vladivostok grew by 18% last year and reached 1.2 million TEU.",
            "We propose to build a second track to the port of Nakhodka by 2024",
            "Our group has leased 120 thousand hectares of farmland",
            "attracted 1,400 residents who have announced investment of 780 billion roubles.",
            "We propose that grid companies connect free port residents within 90 days",
            "India and Russia should sign an agreement on electronic customs declarations",
        ] {
            #expect(Self.kept(fragment, in: d), "missing: \(fragment)")
        }
    }

    @Test func englishPanelDropsGreetingsThanksAndProcedure() throws {
        let (d, _) = try Self.digest(PanelTranscripts.english, budget: 0.5)
        for fragment in [
            "Thank you", "Good afternoon", "I will try to be brief", "Let me start", "pleasure",
            "I fully agree", "the screen is not working", "As I said", "I think", "once again",
        ] {
            #expect(!Self.kept(fragment, in: d), "kept filler: \(fragment)")
        }
        // The moderator is never quoted.
        #expect(!Self.quotes(d).contains { $0.speaker?.name == "Daria Kuznetsova" })
    }

    @Test func russianPanelKeepsFiguresAndProposals() throws {
        let (d, _) = try Self.digest(PanelTranscripts.russian, budget: 0.5)
        for fragment in [
            "Контейнерооборот порта Владивосток в прошлом году вырос на 18% и достиг 1,2 млн TEU.",
            "Мы предлагаем построить второй путь к порту Находка до 2024 года",
            "Наша группа арендовала 120 тысяч гектаров сельхозземель",
            "привлёк 1400 резидентов, которые заявили инвестиции на 780 млрд рублей.",
            "Мы предлагаем обязать сетевые компании подключать резидентов свободного порта за 90 дней",
            "Индии и России следует подписать соглашение об электронном декларировании",
        ] {
            #expect(Self.kept(fragment, in: d), "missing: \(fragment)")
        }
        for fragment in ["Спасибо", "Добрый день", "Постараюсь быть кратким", "Мне кажется", "Полностью согласен", "экран не работает"] {
            #expect(!Self.kept(fragment, in: d), "kept filler: \(fragment)")
        }
        #expect(!Self.quotes(d).contains { $0.speaker?.name == "Дарья Кузнецова" })
    }

    @Test(arguments: [PanelTranscripts.english, PanelTranscripts.russian])
    func everyQuoteIsVerbatimFromItsSpeakersOwnTurn(_ text: String) throws {
        let (d, extracted) = try Self.digest(text, budget: 0.3)
        #expect(!Self.quotes(d).isEmpty)
        for quote in Self.quotes(d) {
            let turns = extracted.allQuotes.filter { $0.speaker?.name == quote.speaker?.name }
            #expect(turns.contains { $0.text.contains(quote.text) }, "not verbatim from \(quote.speaker?.name ?? "?"): \(quote.text)")
        }
    }

    @Test func attributionCarriesThePositionFromTheParticipantsList() throws {
        let (en, _) = try Self.digest(PanelTranscripts.english, budget: 0.3)
        let orlova = Self.quotes(en).first { $0.speaker?.name == "Svetlana Orlova" }?.speaker
        #expect(orlova?.position == "Director")
        #expect(orlova?.organization == "Primorsky Territory Investment Agency")
        let (ru, _) = try Self.digest(PanelTranscripts.russian, budget: 0.3)
        let levchenko = Self.quotes(ru).first { $0.speaker?.name == "Игорь Левченко" }?.speaker
        #expect(levchenko?.position == "первый заместитель генерального директора")
        #expect(levchenko?.organization == "Дальневосточное морское пароходство")
        // The Markdown names the speaker with the position the first time.
        let markdown = MarkdownDigest().render(en.document)
        #expect(markdown.contains("Svetlana Orlova, Director, Primorsky Territory Investment Agency"))
    }

    @Test(arguments: [0.1, 0.2, 0.3])
    func theBudgetIsRespected(_ budget: Double) throws {
        for text in [PanelTranscripts.english, PanelTranscripts.russian] {
            let (d, _) = try Self.digest(text, budget: budget)
            let rendered = MarkdownDigest().render(d.document).unicodeScalars.count
            #expect(d.length == rendered)
            #expect(rendered <= Int(Double(text.unicodeScalars.count) * budget))
        }
    }

    @Test func aTighterBudgetKeepsTheStrongestPassages() throws {
        let (small, _) = try Self.digest(PanelTranscripts.english, budget: 0.12)
        let (large, _) = try Self.digest(PanelTranscripts.english, budget: 0.3)
        #expect(Self.quotes(small).count < Self.quotes(large).count)
        // What the small digest keeps, the large one keeps too.
        for quote in Self.quotes(small) { #expect(Self.kept(quote.text, in: large)) }
    }

    @Test func sectionsHaveShortTaxonomyHeadingsInTheDocumentLanguage() throws {
        let (en, _) = try Self.digest(PanelTranscripts.english, budget: 0.3)
        let headings = en.document.sections.compactMap(\.heading)
        #expect(headings.count >= 2)
        #expect(headings.allSatisfy { $0.split(separator: " ").count <= 4 })
        #expect(headings.contains("Transport and logistics"))
        let (ru, _) = try Self.digest(PanelTranscripts.russian, budget: 0.3)
        #expect(ru.document.sections.compactMap(\.heading).contains("Транспорт и логистика"))
    }

    @Test func passagesFollowTheTranscriptWithinASection() throws {
        let (d, _) = try Self.digest(PanelTranscripts.english, budget: 0.3)
        for section in d.document.sections {
            let lines = section.quotes.compactMap(\.line)
            #expect(lines == lines.sorted())
        }
    }

    @Test func nearDuplicatesAreQuotedOnce() throws {
        let text = """
        Participants:
        Anna Petrova, Director, Northern Ports Agency
        Moderator: Oleg Ivanov, Host, Radio One

        Oleg Ivanov: Good afternoon. Anna Petrova, please.

        Anna Petrova: Thank you. Cargo traffic through Murmansk grew by 12% to 61 million tonnes last year. I think that matters. Let me say it again, cargo traffic through Murmansk grew by 12% to 61 million tonnes last year. We propose to dredge the Kola Bay channel to 20 metres by 2026.
        """
        let (d, _) = try Self.digest(text, budget: 0.9)
        let hits = Self.quotes(d).filter { $0.text.contains("61 million tonnes") }
        #expect(hits.count == 1)
        #expect(Self.kept("We propose to dredge the Kola Bay channel", in: d))
    }
}
