import RostrumExtraction
import RostrumModel
import Testing

/// Three classes of attribution: direct speech in a dialogue paragraph (a dash opens the words, a
/// second dash brings the speaker), a courtesy title before a surname ("Mr. Ruksha", «г-на Рукши»)
/// naming the speaker met before, and opinions reported as speech ("In the view of X", «По мнению X»).
@Suite struct DialogueAndTitleTests {
    // MARK: Dialogue dashes

    @Test(arguments: [
        "— Порт Сабетта примет первые суда круглогодично уже в 2024 году, — Андрей Морозов, директор по развитию, Новатэк.",
        "– Порт Сабетта примет первые суда круглогодично уже в 2024 году, – сказал Андрей Морозов, директор по развитию, Новатэк.",
        "- Порт Сабетта примет первые суда круглогодично уже в 2024 году, - заявил Андрей Морозов, директор по развитию, Новатэк.",
        "—Порт Сабетта примет первые суда круглогодично уже в 2024 году, — отметил директор по развитию Новатэка Андрей Морозов.",
        "— Порт Сабетта примет первые суда круглогодично уже в 2024 году, — директор по развитию Новатэка Андрей Морозов.",
    ])
    func theOpeningDashIsNotPartOfTheQuote(_ paragraph: String) throws {
        let doc = try extract("Арктические порты\n\n\(paragraph)")
        let quote = try #require(doc.quote(containing: "Сабетта"))
        #expect(quote.text == "Порт Сабетта примет первые суда круглогодично уже в 2024 году")
        #expect(quote.speaker?.name == "Андрей Морозов")
        #expect(!quote.indirect)
    }

    @Test func englishDialogueDashWithANameAndSeveralRoles() throws {
        let doc = try extract("""
            Ports of the Arctic

            — Sabetta will take ships all year round from 2024, and the second berth is already under construction, — Andrei Morozov, Director for Development; Member of the Board, Novatek.
            """)
        let quote = try #require(doc.quote(containing: "Sabetta"))
        #expect(quote.text.hasPrefix("Sabetta will take ships") && quote.text.hasSuffix("under construction"))
        #expect(quote.speaker?.name == "Andrei Morozov" && quote.speaker?.position == "Director for Development")
    }

    @Test func englishDialogueDashWithThePositionBeforeTheName() throws {
        let doc = try extract("""
            Ports of the Arctic

            — Sabetta will take ships all year round from 2024, — said Novatek CEO Leonid Mikhelson.
            """)
        let quote = try #require(doc.quote(containing: "Sabetta"))
        #expect(quote.text == "Sabetta will take ships all year round from 2024" && quote.speaker?.name == "Leonid Mikhelson")
    }

    @Test func aPronounAfterTheSecondDashIsTheSpeakerBefore() throws {
        let doc = try extract("""
            Арктические порты

            — Порт Сабетта примет первые суда круглогодично уже в 2024 году, — отметил Андрей Морозов, директор по развитию «Новатэка».

            — Второй причал уже строится, и мы рассчитываем закончить его за два года, — добавил он.

            — We will also need two more tugs for the winter season, — he said.
            """)
        let berth = try #require(doc.quote(containing: "Второй причал"))
        #expect(berth.text == "Второй причал уже строится, и мы рассчитываем закончить его за два года")
        #expect(berth.speaker?.name == "Андрей Морозов")
        #expect(doc.quote(containing: "two more tugs")?.speaker?.name == "Андрей Морозов")
    }

    @Test func theSpeakerBetweenTwoDashesInsideTheWords() throws {
        let doc = try extract("""
            Арктические порты

            «Порт Сабетта примет первые суда круглогодично уже в 2024 году», — отметил Андрей Морозов, директор по развитию «Новатэка».

            — Мы не против иностранных судов, — заметил Морозов, — но ледовый класс у них должен быть не ниже Arc7.

            — Фрахт подорожает, — сказал он, — но грузы всё равно пойдут Северным путём.

            «Страховщики пока осторожны, — добавил он, — и это понятно».
            """)
        let foreign = try #require(doc.quote(containing: "иностранных судов"))
        #expect(foreign.text == "Мы не против иностранных судов, но ледовый класс у них должен быть не ниже Arc7.")
        #expect(foreign.speaker?.name == "Андрей Морозов")
        let freight = try #require(doc.quote(containing: "Фрахт"))
        #expect(freight.text.hasPrefix("Фрахт подорожает, но грузы") && freight.speaker?.name == "Андрей Морозов")
        let insurers = try #require(doc.quote(containing: "Страховщики"))
        #expect(insurers.text == "Страховщики пока осторожны, и это понятно" && insurers.speaker?.name == "Андрей Морозов")
    }

    @Test func aDashedListItemWithoutASpeakerStaysNarrative() throws {
        let doc = try extract("""
            Арктические порты

            — строительство второго причала и дноуглубление подходного канала к 2025 году.
            """)
        #expect(doc.allQuotes.isEmpty)
    }

    // MARK: Courtesy titles

    @Test(arguments: [
        "According to Mr. Morozov, the second berth will be finished within two years.",
        "According to Mr Morozov, the second berth will be finished within two years.",
        "As Mr. Morozov noted, the second berth will be finished within two years.",
        "In Mr. Morozov's view, the second berth will be finished within two years.",
        "In the view of Mr. Morozov, the second berth will be finished within two years.",
        "Mr. Morozov noted that the second berth will be finished within two years.",
    ])
    func anEnglishTitleAndSurnameIsTheSpeakerMetBefore(_ paragraph: String) throws {
        let doc = try extract("""
            Ports of the Arctic

            “Sabetta will take ships all year round from 2024,” said Andrei Morozov, Director for Development, Novatek.

            \(paragraph)
            """)
        let berth = try #require(doc.quote(containing: "second berth"))
        #expect(berth.indirect && berth.speaker?.name == "Andrei Morozov" && berth.speaker?.organization == "Novatek")
        #expect(berth.text.hasPrefix("the second berth"))
    }

    @Test(arguments: [
        "По мнению г-на Морозова, второй причал будет достроен за два года.",
        "По словам господина Морозова, второй причал будет достроен за два года.",
        "Как отметил г-н Морозов, второй причал будет достроен за два года.",
        "Г-н Морозов отметил, что второй причал будет достроен за два года.",
    ])
    func aRussianTitleAndSurnameIsTheSpeakerMetBefore(_ paragraph: String) throws {
        let doc = try extract("""
            Арктические порты

            «Порт Сабетта примет первые суда круглогодично уже в 2024 году», — отметил Андрей Морозов, директор по развитию «Новатэка».

            \(paragraph)
            """)
        let berth = try #require(doc.quote(containing: "второй причал"))
        #expect(berth.indirect && berth.speaker?.name == "Андрей Морозов")
        #expect(berth.text.hasPrefix("второй причал"))
    }

    @Test func aFeminineTitleInTheGenitive() throws {
        let doc = try extract("""
            Жильё на Дальнем Востоке

            «Ставка по программе останется на уровне 2%», — сказала Ирина Вишневская, заместитель министра.

            По мнению г-жи Вишневской, спрос на вторичное жильё вырастет в полтора раза.
            """)
        let demand = try #require(doc.quote(containing: "вторичное жильё"))
        #expect(demand.indirect && demand.speaker?.name == "Ирина Вишневская" && demand.speaker?.position == "заместитель министра")
    }

    @Test func aTitledSurnameNotMetBeforeIsStillAPerson() throws {
        let doc = try extract("""
            Ports of the Arctic

            According to Dr. Petersen, the ice season in the Kara Sea has shortened by three weeks since 2000.
            """)
        let ice = try #require(doc.quote(containing: "ice season"))
        #expect(ice.indirect && ice.speaker?.name == "Petersen")
    }

    @Test func aSingleWordWithoutATitleIsStillASource() throws {
        let doc = try extract("""
            Ports of the Arctic

            According to Rosstat, cargo traffic through Arctic ports grew by 8% last year.

            По мнению Минтранса, грузопоток вырастет вдвое к 2030 году.
            """)
        #expect(doc.allQuotes.isEmpty)
    }

    // MARK: Opinions reported as speech

    @Test(arguments: [
        "In the view of Andrei Morozov, Director for Development, Novatek, the Arctic ports need their own tariff.",
        "In the opinion of Andrei Morozov, the Arctic ports need their own tariff.",
        "In Andrei Morozov's view, the Arctic ports need their own tariff.",
        "In Andrei Morozov’s opinion, the Arctic ports need their own tariff.",
    ])
    func englishOpinionIsReportedSpeech(_ paragraph: String) throws {
        let doc = try extract("Ports of the Arctic\n\n\(paragraph)")
        let quote = try #require(doc.quote(containing: "own tariff"))
        #expect(quote.indirect && quote.speaker?.name == "Andrei Morozov")
        #expect(quote.text.hasPrefix("the Arctic ports"))
    }

    @Test func russianOpinionBringsTheGenitiveNameToTheNominative() throws {
        let doc = try extract("""
            Арктические порты

            По мнению Андрея Морозова, директора по развитию «Новатэка», арктическим портам нужен собственный тариф.

            По мнению Ирины Вишневской, ставка по программе останется на уровне 2%.
            """)
        let tariff = try #require(doc.quote(containing: "собственный тариф"))
        #expect(tariff.indirect && tariff.speaker?.name == "Андрей Морозов" && tariff.speaker?.position == "директор по развитию")
        let rate = try #require(doc.quote(containing: "ставка по программе"))
        #expect(rate.indirect && rate.speaker?.name == "Ирина Вишневская")
    }
}
