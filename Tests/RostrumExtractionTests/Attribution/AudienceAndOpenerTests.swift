import RostrumExtraction
import RostrumModel
import Testing

/// Round 7: reported speech addressed to someone ("told participants that", «сообщил участникам
/// сессии, что»), a second pronoun opener that starts a new quote («По её словам, …»), a Russian
/// position that opens a sentence in lower case, and a participants list in stenogram form.
@Suite struct AudienceAndOpenerTests {
    @Test(arguments: [
        "Guo Hongbin, Vice President, China Halal Food Industry Association, told participants that Chinese investors were considering three plants.",
        "Guo Hongbin, Vice President, China Halal Food Industry Association, told the audience that Chinese investors were considering three plants.",
        "Guo Hongbin, Vice President, China Halal Food Industry Association, assured investors that Chinese investors were considering three plants.",
        "Guo Hongbin, Vice President, China Halal Food Industry Association, informed participants that Chinese investors were considering three plants.",
    ])
    func englishAudienceBeforeThat(_ paragraph: String) throws {
        let doc = try extract("Halal\n\nInvestment\n\n" + paragraph)
        #expect(doc.allQuotes.count == 1)
        let q = try #require(doc.allQuotes.first)
        #expect(q.indirect)
        #expect(q.text.hasPrefix("Chinese investors were considering"))
        #expect(q.speaker?.name == "Guo Hongbin")
        #expect(q.speaker?.organization == "China Halal Food Industry Association")
    }

    @Test(arguments: [
        "Иван Орлов, директор Российского экспортного центра, сообщил участникам сессии, что экспорт халяльной продукции вырос на 12%.",
        "Иван Орлов, директор Российского экспортного центра, заверил инвесторов, что экспорт халяльной продукции вырос на 12%.",
        "Иван Орлов, директор Российского экспортного центра, напомнил собравшимся, что экспорт халяльной продукции вырос на 12%.",
    ])
    func russianAudienceBeforeChto(_ paragraph: String) throws {
        let doc = try extract("Халяль\n\nЭкспорт\n\n" + paragraph)
        #expect(doc.allQuotes.count == 1)
        let q = try #require(doc.allQuotes.first)
        #expect(q.indirect && q.text.hasPrefix("экспорт халяльной продукции"))
        #expect(q.speaker?.name == "Иван Орлов")
    }

    @Test func audiencesOfSeveralWordsAndPronounsAfterThem() throws {
        let doc = try extract("""
            Markets

            Demand

            Anna Petrova, Chief Economist, Sberbank, told participants of the session that the market was growing by 5%.

            She told the audience that prices would fall.

            Participants told the moderator that the rules were unclear.

            Иван Орлов, директор Российского экспортного центра, рассказал участникам форума, что экспорт вырос на 5%.

            Он также сообщил журналистам, что поставки выросли вдвое.
            """)
        #expect(doc.allQuotes.count == 4)
        #expect(doc.allQuotes.map { $0.speaker?.name } == ["Anna Petrova", "Anna Petrova", "Иван Орлов", "Иван Орлов"])
        #expect(doc.allQuotes.allSatisfy { $0.indirect })
        #expect(doc.quote(containing: "rules were unclear") == nil)
    }

    @Test func aSecondPronounOpenerStartsANewQuote() throws {
        let doc = try extract("""
            Туризм

            Потоки

            «Поток растёт», — Анна Федорчук, директор туроператора «Восток Тур».

            Федорчук считает, что китайские туристы вернулись на докризисный уровень. По её словам, в этом году их будет не меньше миллиона.

            Ivan Petrov, Director, Baikal Tours, noted that hotels were full. In his view, prices would rise by 10% next season.
            """)
        #expect(doc.allQuotes.count == 5)
        #expect(doc.allQuotes[1].text == "китайские туристы вернулись на докризисный уровень.")
        #expect(doc.allQuotes[2].text.hasPrefix("в этом году их будет"))
        #expect(doc.allQuotes[2].speaker?.name == "Анна Федорчук")
        #expect(doc.allQuotes[4].text.hasPrefix("prices would rise"))
        #expect(doc.allQuotes[4].speaker?.name == "Ivan Petrov")
    }

    @Test func aPositionOpeningASentenceIsInLowerCase() throws {
        let doc = try extract("""
            Золото

            Добыча

            Генеральный директор «Полюса» Алексей Ковалёв отметил, что компания увеличит добычу на четверть.

            Председатель совета директоров Ирина Шестакова обратила внимание на нехватку кадров. По её мнению, без инженеров отрасль не вырастет.
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes[0].speaker?.position == "генеральный директор")
        #expect(doc.allQuotes[1].speaker?.name == "Ирина Шестакова")
        #expect(doc.allQuotes[1].speaker?.position == "председатель совета директоров")
    }

    @Test func aParticipantsListInStenogramForm() throws {
        let doc = try extract("""
            Медицинский туризм

            Участники:
            ГОРБУНОВА Ксения Андреевна — заместитель министра здравоохранения Российской Федерации
            ТАРАСОВ Михаил Юрьевич — главный врач, ГАУЗ «Краевая клиническая больница № 2»
            Модератор: ОРЛОВА Дарья — ведущая телеканала «Россия 24»

            ОРЛОВА Дарья: Сколько иностранных пациентов приезжает в Россию?

            ГОРБУНОВА Ксения Андреевна: Около 1,2 млн человек в год, и их число растёт.

            Тарасов М.Ю.: Наши клиники готовы принять вдвое больше пациентов.
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes[0].speaker?.name == "Ксения Андреевна Горбунова")
        #expect(doc.allQuotes[0].speaker?.position == "заместитель министра здравоохранения")
        #expect(doc.allQuotes[1].speaker?.name == "Михаил Юрьевич Тарасов")
        #expect(doc.allQuotes[1].speaker?.organization == "ГАУЗ «Краевая клиническая больница № 2»")
    }
}
