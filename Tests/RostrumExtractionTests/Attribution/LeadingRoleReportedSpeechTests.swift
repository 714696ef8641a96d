import RostrumExtraction
import RostrumModel
import Testing

/// Reported speech and split quotes written as news copy writes them: the position before the name
/// («По словам заместителя министра … Константина Могилевского, …», "According to Chief Economist
/// Anna Petrova, …"), a quote split by an attribution with the position first («A, — рассказала
/// ректор университета Елена Шкарубо. — B»), and reported speech after a narrative sentence in
/// the same paragraph ("Participants agreed that … . According to Name, …").
@Suite struct LeadingRoleReportedSpeechTests {
    @Test func russianGenitivePositionBeforeTheName() throws {
        let doc = try extract("""
            Экспорт образования

            По словам заместителя министра науки и высшего образования Российской Федерации Константина Могилевского, в российских вузах учатся более 355 тыс. иностранных студентов.

            Могилевский подчеркнул, что к 2030 году их число должно вырасти до 500 тысяч.

            По оценке главного экономиста Центра стратегических разработок Ирины Ольховской, доход вузов превысил 40 млрд рублей.
            """)
        #expect(doc.allQuotes.count == 3)
        let first = try #require(doc.quote(containing: "355 тыс."))
        #expect(first.indirect && first.text.hasPrefix("в российских вузах"))
        #expect(first.speaker?.name == "Константин Могилевский")
        #expect(first.speaker?.position == "заместитель министра науки и высшего образования")
        #expect(doc.quote(containing: "500 тысяч")?.speaker?.name == "Константин Могилевский")
        let third = try #require(doc.quote(containing: "40 млрд"))
        #expect(third.speaker?.name == "Ирина Ольховская")
        #expect(third.speaker?.position == "главный экономист")
    }

    @Test func englishPositionBeforeTheName() throws {
        let doc = try extract("""
            Pharmaceutical Exports

            According to Chief Economist Anna Petrova, exports of medicines grew by 28% last year.
            """)
        let quote = try #require(doc.quote(containing: "28%"))
        #expect(quote.indirect && quote.speaker?.name == "Anna Petrova" && quote.speaker?.position == "Chief Economist")
        #expect(quote.text == "exports of medicines grew by 28% last year.")
    }

    @Test func aClauseWordLikeAPositionEndsTheRole() throws {
        // «главное» shares its beginning with «главного аналитика», but it opens the clause.
        let doc = try extract("""
            Экспорт образования

            По мнению Ван Лина, президента Ассоциации китайских выпускников российских вузов, главное — совместные программы двух дипломов.

            По словам Татьяны Лебедевой, главного аналитика «Совкомфлота», главная задача — обновить флот.
            """)
        let wang = try #require(doc.quote(containing: "двух дипломов"))
        #expect(wang.text == "главное — совместные программы двух дипломов.")
        #expect(wang.speaker?.name == "Ван Лин" && wang.speaker?.organization == "Ассоциации китайских выпускников российских вузов")
        let lebedeva = try #require(doc.quote(containing: "обновить флот"))
        #expect(lebedeva.text == "главная задача — обновить флот.")
        #expect(lebedeva.speaker?.position == "главный аналитик")
    }

    @Test func quoteSplitByAnAttributionWithThePositionFirst() throws {
        let doc = try extract("""
            Экспорт образования

            «Китай остаётся нашим крупнейшим партнёром, — рассказала ректор Тихоокеанского государственного университета Елена Шкарубо. — Но китайская семья выбирает вуз по рейтингу».

            «Квота — это инструмент влияния, а не благотворительность, — убеждён Ахмеджанов. — Каждый рубль возвращается через торговлю».

            «Мы не против, — заметил Греф, — но сроки надо сдвинуть».
            """)
        let rector = try #require(doc.quote(containing: "крупнейшим партнёром"))
        #expect(rector.text == "Китай остаётся нашим крупнейшим партнёром. Но китайская семья выбирает вуз по рейтингу")
        #expect(rector.speaker?.name == "Елена Шкарубо" && rector.speaker?.position == "ректор")
        let quota = try #require(doc.quote(containing: "инструмент влияния"))
        #expect(quota.text == "Квота — это инструмент влияния, а не благотворительность. Каждый рубль возвращается через торговлю")
        #expect(doc.quote(containing: "Мы не против")?.text == "Мы не против, но сроки надо сдвинуть")
    }

    @Test func reportedSpeechAfterANarrativeSentence() throws {
        let doc = try extract("""
            Nuclear Medicine for Every Region

            “We have 26 PET centres in the country,” Tatiana Sheremeteva, Deputy Director, Ministry of Health.

            Participants agreed that training of staff is the main bottleneck. According to Tatiana Sheremeteva, the country needs at least 1,500 more radiologists by 2025.

            The panel then turned to logistics. As Sheremeteva noted, isotopes lose half their activity within hours.

            Участники обсудили подготовку кадров. По словам Татьяны Шереметевой, врачей не хватает в каждом втором регионе.

            The session closed with a vote. According to the organisers, 900 delegates attended.
            """)
        #expect(doc.allQuotes.count == 4)
        let needs = try #require(doc.quote(containing: "1,500 more radiologists"))
        #expect(needs.indirect && needs.speaker?.name == "Tatiana Sheremeteva")
        #expect(needs.text.hasPrefix("the country needs"))
        #expect(doc.quote(containing: "main bottleneck") == nil)
        #expect(doc.quote(containing: "half their activity")?.speaker?.name == "Tatiana Sheremeteva")
        #expect(doc.quote(containing: "каждом втором")?.speaker?.name == "Татьяна Шереметева")
        // "According to the organisers" is a source, not a speaker.
        #expect(doc.quote(containing: "900 delegates") == nil)
    }
}
